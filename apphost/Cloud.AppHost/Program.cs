using System.Text;
using Cloud.AppHost;

Console.OutputEncoding = Encoding.UTF8;
var options = LaunchOptions.Parse(args);
if (options is null || options.ShowHelp)
{
    if (options is null)
    {
        Console.Error.WriteLine($"unknown arguments: {string.Join(' ', args)}\n");
    }

    (options is null ? Console.Error : Console.Out).WriteLine(LaunchOptions.Usage);
    return options is null ? 2 : 0;
}

using var shutdown = new Shutdown();
try
{
    var layout = RepositoryLayout.Find(AppContext.BaseDirectory);
    var settings = AppHostSettings.Load(AppContext.BaseDirectory);
    await new StartupSequence(layout, settings, options, shutdown).RunAsync();
    await shutdown.WaitForSignalAsync();
    return 0;
}
catch (OperationCanceledException) when (shutdown.Token.IsCancellationRequested)
{
    return 0;
}
catch (StartupException e)
{
    ConsoleOutput.Error(e.Message);
    return 1;
}
finally
{
    // Also after a failed start: nothing we started may outlive us.
    await shutdown.StopEverythingAsync();
}
