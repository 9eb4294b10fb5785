using System.Diagnostics;
using System.Net;
using Microsoft.Extensions.Logging;

namespace Cloud.DemoSeed;

/// <summary>
/// The seed may start as soon as the gateway is up, before the services behind it: it waits for the gateway's
/// <c>/health</c>, for Identity to issue a token, and for the business services to answer through the gateway.
/// </summary>
public sealed class PlatformWaiter(HttpClient http, string gatewayOrigin, ILogger logger)
{
    public static readonly TimeSpan Timeout = TimeSpan.FromSeconds(60);
    private static readonly TimeSpan PollInterval = TimeSpan.FromMilliseconds(500);
    private static readonly string[] ServicePaths = ["/api/organizations", "/api/members/search/counts", "/api/reporting/overview"];

    /// <summary>The platform operator's token, once the gateway and Identity answer.</summary>
    public async Task<string> TokenWhenReadyAsync(IdentityClient identity, string login, string password, CancellationToken cancellationToken)
    {
        var clock = Stopwatch.StartNew();
        await UntilAsync(clock, async () =>
        {
            using var response = await http.GetAsync(new Uri(gatewayOrigin + "/health"), cancellationToken);
            return response.StatusCode == HttpStatusCode.OK ? null : $"GET /health answered {(int)response.StatusCode}";
        }, cancellationToken);
        logger.LogInformation("Gateway {Gateway} is healthy ({Seconds:0.0} s)", gatewayOrigin, clock.Elapsed.TotalSeconds);

        string? token = null;
        await UntilAsync(clock, async () =>
        {
            token = await identity.TokenAsync(login, password, cancellationToken);
            return null;
        }, cancellationToken);
        logger.LogInformation("Identity issues tokens ({Seconds:0.0} s)", clock.Elapsed.TotalSeconds);
        return token!;
    }

    /// <summary>Until Organizations, Members and Reporting answer through the gateway (anything but 502–504).</summary>
    public async Task WaitForServicesAsync(string token, CancellationToken cancellationToken)
    {
        var clock = Stopwatch.StartNew();
        await UntilAsync(clock, async () =>
        {
            foreach (var path in ServicePaths)
            {
                using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(gatewayOrigin + path));
                request.Headers.Authorization = new("Bearer", token);
                using var response = await http.SendAsync(request, cancellationToken);
                if (response.StatusCode is HttpStatusCode.BadGateway or HttpStatusCode.ServiceUnavailable or HttpStatusCode.GatewayTimeout)
                {
                    return $"GET {path} answered {(int)response.StatusCode}";
                }
            }

            return null;
        }, cancellationToken);
    }

    /// <summary>Runs <paramref name="attempt"/> (null: done; else why not yet) until done or <see cref="Timeout"/> has passed.</summary>
    private static async Task UntilAsync(Stopwatch clock, Func<Task<string?>> attempt, CancellationToken cancellationToken)
    {
        while (true)
        {
            string? notYet;
            try
            {
                notYet = await attempt();
            }
            catch (Exception e) when (e is HttpRequestException or DemoSeedException
                || (e is TaskCanceledException && !cancellationToken.IsCancellationRequested))
            {
                notYet = e.Message;
            }

            if (notYet is null)
            {
                return;
            }

            if (clock.Elapsed > Timeout)
            {
                throw new DemoSeedException($"the platform was not ready after {Timeout.TotalSeconds:0} s at {clock.Elapsed:mm\\:ss}: {notYet}");
            }

            await Task.Delay(PollInterval, cancellationToken);
        }
    }
}
