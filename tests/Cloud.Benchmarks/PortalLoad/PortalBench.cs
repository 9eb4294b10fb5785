using System.Diagnostics;
using System.Globalization;
using System.Security.Claims;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using Cloud.Portal.Api;
using Cloud.Portal.Auth;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Playwright;

namespace Cloud.Benchmarks.PortalLoad;

/// <summary>
/// `portal GATEWAY DATADIR` against a running platform (infra/bench.sh portal starts one): in a 60,000-member county, the time
/// from navigation to the first page of member search visible in Chromium and to the organization tree's first level,
/// median and p95 over 20 loads each; and the Portal's own cost per API call (its gateway client: token, request, reading
/// the JSON) as a ratio to the same call made alone, side by side in the same run.
/// </summary>
public static partial class PortalBench
{
    private const int Loads = 20;
    private const string SearchPath = "/api/members/search?limit=20";

    public static async Task RunAsync(Uri gateway, string dataDirectory)
    {
        var platformPassword = (await File.ReadAllTextAsync(Path.Combine(dataDirectory, "passwords", "platform"))).Trim();
        var started = Stopwatch.StartNew();
        var county = await BenchCounty.CreateAsync(gateway, platformPassword);
        Console.WriteLine($"portal bench: county {county.Code} ready in {started.Elapsed.TotalSeconds:0} s");

        var report = new StringBuilder($"# Portal load, county of {BenchCounty.Members:N0} members ({DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC)\n\n");
        using (var playwright = await Playwright.CreateAsync())
        {
            await using var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
            {
                ExecutablePath = "/usr/bin/chromium",
                Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
            });
            var page = await SignInAsync(browser, gateway, county.Code);
            report.AppendLine(Line("member search, first page visible", await LoadsAsync(page, "/members", p => p.GetByText(MemberName()).First)));
            report.AppendLine(Line("organization tree, first level visible", await LoadsAsync(page, "/organizations", p => p.GetByText(BenchCounty.TownshipName(0)).First)));
        }

        var (alone, throughPortal) = await ApiCallsAsync(gateway, county);
        report.AppendLine(Line("member search API call alone", alone));
        report.AppendLine(Line("the same call through the Portal's gateway client", throughPortal));
        report.AppendLine(CultureInfo.InvariantCulture, $"\nPortal client / call alone (medians): {Median(throughPortal) / Median(alone):0.00}×");
        Console.WriteLine(report);
        var folder = Directory.CreateDirectory(Path.Combine(Cloud.Testing.TestEnvironment.RepoRoot, "artifacts", "bench")).FullName;
        await File.WriteAllTextAsync(Path.Combine(folder, "portal.md"), report.ToString());
    }

    private static async Task<IPage> SignInAsync(IBrowser browser, Uri gateway, string county)
    {
        var context = await browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = gateway.ToString(), Locale = "zh-CN", ViewportSize = new() { Width = 1440, Height = 900 } });
        var page = await context.NewPageAsync();
        await page.GotoAsync("/");
        await page.Locator("input[name=county]").FillAsync(county);
        await page.Locator("input[name=login]").FillAsync("admin");
        await page.Locator("input[name=password]").FillAsync(BenchCounty.AdminPassword);
        await page.Locator("button[type=submit]").ClickAsync();
        await page.Locator("h1", new PageLocatorOptions { HasTextString = "工作台" }).WaitForAsync();
        return page;
    }

    // A full navigation each time (new document, Blazor boot, circuit, API call, render), as a user opening the page.
    private static async Task<List<double>> LoadsAsync(IPage page, string path, Func<IPage, ILocator> firstResult)
    {
        var times = new List<double>();
        for (var i = -2; i < Loads; i++) // two warm-up loads
        {
            await page.GotoAsync("about:blank");
            var clock = Stopwatch.StartNew();
            await page.GotoAsync(path);
            await firstResult(page).WaitForAsync(new LocatorWaitForOptions { Timeout = 30_000 });
            if (i >= 0)
            {
                times.Add(clock.Elapsed.TotalMilliseconds);
            }
        }

        return times;
    }

    private static async Task<(List<double> Alone, List<double> ThroughPortal)> ApiCallsAsync(Uri gateway, BenchCounty county)
    {
        var token = county.Admin.DefaultRequestHeaders.Authorization!.Parameter!;
        using var cache = new MemoryCache(new MemoryCacheOptions());
        var sessions = new PortalSessions(cache);
        var session = sessions.Start(new SessionTokens(token, DateTimeOffset.UtcNow.AddMinutes(10), null, null));
        var user = new ClaimsPrincipal(new ClaimsIdentity([new Claim(PortalSessions.Claim, session.Id)], "bench"));
        using var http = new HttpClient { BaseAddress = gateway };
        var portal = new GatewayApi(http, new SignedIn(user), new AccessTokens(sessions, new NoOidc(), null!, TimeProvider.System, NullLogger<AccessTokens>.Instance));

        var alone = new List<double>();
        var throughPortal = new List<double>();
        for (var i = -5; i < 100; i++) // alternating, after five warm-ups of each
        {
            var clock = Stopwatch.StartNew();
            using (var response = await county.Admin.GetAsync(SearchPath))
            {
                response.EnsureSuccessStatusCode();
                await response.Content.ReadAsStringAsync();
            }

            var aloneMs = clock.Elapsed.TotalMilliseconds;
            clock.Restart();
            var result = await portal.GetAsync<JsonElement>(SearchPath);
            var portalMs = clock.Elapsed.TotalMilliseconds;
            if (!result.Succeeded)
            {
                throw new InvalidOperationException(result.Problem.Message);
            }

            if (i >= 0)
            {
                alone.Add(aloneMs);
                throughPortal.Add(portalMs);
            }
        }

        return (alone, throughPortal);
    }

    private static string Line(string what, List<double> ms) =>
        string.Create(CultureInfo.InvariantCulture, $"- {what}: median {Median(ms):0} ms, p95 {Percentile(ms, 0.95):0} ms (n={ms.Count})");

    private static double Median(List<double> ms) => Percentile(ms, 0.5);

    private static double Percentile(List<double> ms, double p)
    {
        var sorted = ms.Order().ToList();
        return sorted[(int)Math.Min(sorted.Count - 1, Math.Ceiling(p * sorted.Count) - 1)];
    }

    [GeneratedRegex(@"党员\d+")]
    private static partial Regex MemberName();

    private sealed class SignedIn(ClaimsPrincipal user) : AuthenticationStateProvider
    {
        public override Task<AuthenticationState> GetAuthenticationStateAsync() => Task.FromResult(new AuthenticationState(user));
    }

    // The token does not expire within the run, so AccessTokens never asks for Identity's configuration.
    private sealed class NoOidc : IOptionsMonitor<OpenIdConnectOptions>
    {
        public OpenIdConnectOptions CurrentValue => Get(null);

        public OpenIdConnectOptions Get(string? name) => throw new InvalidOperationException("No refresh expected in the bench.");

        public IDisposable? OnChange(Action<OpenIdConnectOptions, string?> listener) => null;
    }
}
