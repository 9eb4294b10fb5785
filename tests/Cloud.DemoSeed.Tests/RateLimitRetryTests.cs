using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using Cloud.DemoSeed;

namespace Cloud.DemoSeed.Tests;

public sealed class RateLimitRetryTests
{
    [Fact]
    public async Task A_429_is_waited_out_and_the_same_request_sent_again_with_its_body()
    {
        var gateway = new Gateway(tooManyFirst: 2);
        using var client = new HttpClient(new RateLimitRetry(gateway));

        using var response = await client.PostAsJsonAsync(new Uri("http://gateway.test/api/organizations"), new { name = "dongpo-branch" });

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.Equal(3, gateway.Bodies.Count);
        Assert.All(gateway.Bodies, body => Assert.Contains("dongpo-branch", body, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Other_refusals_are_returned_at_once()
    {
        var gateway = new Gateway(tooManyFirst: 0, status: HttpStatusCode.BadRequest);
        using var client = new HttpClient(new RateLimitRetry(gateway));

        using var response = await client.PostAsJsonAsync(new Uri("http://gateway.test/api/organizations"), new { name = "x" });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Single(gateway.Bodies);
    }

    /// <summary>Answers 429 (Retry-After: 0) to the first requests, then <paramref name="status"/>; keeps every body it got.</summary>
    private sealed class Gateway(int tooManyFirst, HttpStatusCode status = HttpStatusCode.Created) : HttpMessageHandler
    {
        public List<string> Bodies { get; } = [];

        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            Bodies.Add(await request.Content!.ReadAsStringAsync(cancellationToken));
            if (Bodies.Count <= tooManyFirst)
            {
                return new HttpResponseMessage(HttpStatusCode.TooManyRequests) { Headers = { RetryAfter = new RetryConditionHeaderValue(TimeSpan.Zero) } };
            }

            return new HttpResponseMessage(status);
        }
    }
}
