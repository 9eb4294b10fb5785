using System.Net;

namespace Cloud.DemoSeed;

/// <summary>
/// The seed goes through the gateway, whose per-county rate limit (a token bucket) it can outrun on a fast machine:
/// a 429 is waited out for its Retry-After and the request sent again, as a polite client does.
/// </summary>
public sealed class RateLimitRetry(HttpMessageHandler inner) : DelegatingHandler(inner)
{
    private const int Attempts = 20;

    /// <summary>The client every run of the seed uses.</summary>
    public static HttpClient Client() =>
        new(new RateLimitRetry(new SocketsHttpHandler { UseProxy = false })) { Timeout = TimeSpan.FromSeconds(100) };

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            var response = await base.SendAsync(request, cancellationToken);
            if (response.StatusCode != HttpStatusCode.TooManyRequests || attempt == Attempts)
            {
                return response;
            }

            var wait = response.Headers.RetryAfter?.Delta ?? TimeSpan.FromSeconds(1);
            response.Dispose();
            await Task.Delay(wait, cancellationToken);
        }
    }
}
