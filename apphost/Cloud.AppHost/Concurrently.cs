namespace Cloud.AppHost;

/// <summary>Runs startup steps side by side and reports every startup failure, not the cancellations they caused.</summary>
public static class Concurrently
{
    /// <param name="failFast">Cancel the other steps as soon as one fails (waiting for health), or let them finish (migrations).</param>
    public static async Task RunAsync(IEnumerable<Func<CancellationToken, Task>> steps, bool failFast, CancellationToken cancellationToken)
    {
        using var scope = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var tasks = steps.Select(async step =>
        {
            try
            {
                await step(scope.Token);
            }
            catch when (failFast)
            {
                await scope.CancelAsync();
                throw;
            }
        }).ToList();

        try
        {
            await Task.WhenAll(tasks);
        }
        catch (Exception) when (Failures(tasks).Any())
        {
            throw new StartupException(string.Join("\n", Failures(tasks).Select(e => e.Message)));
        }
    }

    private static IEnumerable<StartupException> Failures(IEnumerable<Task> tasks) =>
        tasks.Where(t => t.Exception is not null).SelectMany(t => t.Exception!.InnerExceptions).OfType<StartupException>();
}
