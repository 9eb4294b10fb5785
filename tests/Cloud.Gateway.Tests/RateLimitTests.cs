using System.Net;
using Cloud.Testing;

namespace Cloud.Gateway.Tests;

/// <summary>Each county has its own token bucket at the gateway; over it, 429 problem+json with Retry-After.</summary>
public sealed class RateLimitTests() : EchoedGateway(new Dictionary<string, string?>
{
    ["RateLimits:TokenLimit"] = Burst.ToString(System.Globalization.CultureInfo.InvariantCulture),
    ["RateLimits:TokensPerSecond"] = "1",
})
{
    private const int Burst = 5;

    [Fact]
    public async Task A_county_over_its_bucket_gets_429_with_retry_after_and_others_are_unaffected()
    {
        using var busy = Client(Counties.New());
        using var quiet = Client(Counties.New());

        var answers = new List<HttpResponseMessage>();
        for (var i = 0; i < Burst * 3; i++)
        {
            answers.Add(await busy.GetAsync("/api/organizations"));
        }

        var limited = answers.Where(a => a.StatusCode == HttpStatusCode.TooManyRequests).ToList();
        Assert.InRange(answers.Count(a => a.StatusCode == HttpStatusCode.OK), Burst, Burst + 2);
        Assert.NotEmpty(limited);
        Assert.True(limited[0].Headers.RetryAfter?.Delta >= TimeSpan.FromSeconds(1));
        await limited[0].AssertProblemAsync(HttpStatusCode.TooManyRequests);
        Assert.Equal(HttpStatusCode.OK, (await quiet.GetAsync("/api/organizations")).StatusCode);
    }

    [Fact]
    public async Task The_Portals_static_files_do_not_use_up_an_offices_bucket_but_its_anonymous_pages_do()
    {
        using var browser = Gateway.CreateClient();

        for (var i = 0; i < Burst * 3; i++)
        {
            Assert.NotEqual(HttpStatusCode.TooManyRequests, (await browser.GetAsync("/_framework/blazor.web.js")).StatusCode);
            Assert.NotEqual(HttpStatusCode.TooManyRequests, (await browser.GetAsync("/_content/MudBlazor/MudBlazor.min.css")).StatusCode);
            Assert.NotEqual(HttpStatusCode.TooManyRequests, (await browser.GetAsync("/app.css")).StatusCode);
        }

        var pages = new List<HttpStatusCode>();
        for (var i = 0; i < Burst * 3; i++)
        {
            pages.Add((await browser.GetAsync("/members")).StatusCode);
        }

        Assert.Contains(HttpStatusCode.TooManyRequests, pages);
    }

    private HttpClient Client(string county)
    {
        var client = Gateway.CreateClient();
        client.DefaultRequestHeaders.Authorization = new("Bearer", TestTokens.CountyAdmin(county));
        return client;
    }
}
