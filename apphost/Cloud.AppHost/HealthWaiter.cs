using System.Diagnostics;
using System.Net;

namespace Cloud.AppHost;

/// <summary>Waits until a service's <c>GET /health</c> answers 200 (its database and broker are reachable).</summary>
public sealed class HealthWaiter(HttpClient http, TimeSpan timeout)
{
    private static readonly TimeSpan PollInterval = TimeSpan.FromMilliseconds(250);
    private static readonly TimeSpan RequestTimeout = TimeSpan.FromSeconds(3);
    private const int BodyExcerptLength = 300;

    public async Task WaitAsync(ServiceDefinition service, ChildProcess process, CancellationToken cancellationToken)
    {
        var clock = Stopwatch.StartNew();
        var url = new Uri($"{service.Origin}/health");
        var lastAnswer = "no answer yet";
        while (true)
        {
            if (process.HasExited)
            {
                throw new StartupException(
                    $"{service.Name} exited with code {process.Exited.Result} before it was healthy; its output is above under [{service.Name}]");
            }

            using var attempt = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            attempt.CancelAfter(RequestTimeout);
            try
            {
                using var response = await http.GetAsync(url, attempt.Token);
                if (response.StatusCode == HttpStatusCode.OK)
                {
                    ConsoleOutput.Info($"{service.Name} is healthy ({clock.Elapsed.TotalSeconds:0.0} s)");
                    return;
                }

                var body = await response.Content.ReadAsStringAsync(attempt.Token);
                lastAnswer = $"HTTP {(int)response.StatusCode}: {body[..Math.Min(body.Length, BodyExcerptLength)]}";
            }
            catch (HttpRequestException e)
            {
                lastAnswer = e.Message;
            }
            catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
            {
                lastAnswer = $"no answer within {RequestTimeout.TotalSeconds:0} s";
            }

            if (clock.Elapsed > timeout)
            {
                throw new StartupException(
                    $"{service.Name} was not healthy after {timeout.TotalSeconds:0} s: GET {url} last gave: {lastAnswer}");
            }

            await Task.Delay(PollInterval, cancellationToken);
        }
    }
}
