using System.Diagnostics;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text.Json;
using Cloud.Members.Domain.Members;
using Cloud.Testing;
using Microsoft.Playwright;

namespace Cloud.AppHost.Tests;

/// <summary>
/// The platform as `infra/run.sh` starts it for a new user, and the ops team's view of it in the Aspire dashboard:
/// every resource healthy, the README's commands, and one trace per request, across services and the broker, found
/// by the county's code.
/// </summary>
public sealed class PlatformTests(PlatformRun platform) : IClassFixture<PlatformRun>
{
    private const string County = "610304";
    private static readonly TimeSpan TelemetryWait = TimeSpan.FromSeconds(60);

    [Fact]
    public void Every_resource_is_healthy_or_done_when_the_platform_says_it_is_ready()
    {
        Assert.StartsWith("Cloud is ready, every resource healthy", platform.Banner, StringComparison.Ordinal);
        foreach (var service in new[] { "postgres", "rabbitmq", "identity", "organizations", "members", "reporting", "portal", "gateway" })
        {
            Assert.Contains($"{service} healthy", platform.Banner, StringComparison.Ordinal);
        }

        foreach (var step in new[] { "databases", "identity-migrate", "organizations-migrate", "members-migrate", "reporting-migrate", "demo-seed" })
        {
            Assert.Contains($"{step} done", platform.Banner, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task The_readme_token_command_works_as_written()
    {
        var readme = await File.ReadAllTextAsync(Path.Combine(TestEnvironment.RepoRoot, "README.md"));
        var start = readme.IndexOf("TOKEN=$(curl", StringComparison.Ordinal);
        Assert.True(start > 0, "README.md shows how to get a token");
        var block = readme[start..readme.IndexOf("```", start, StringComparison.Ordinal)]
            .Replace("http://127.0.0.1:18000", platform.Gateway, StringComparison.Ordinal)
            .Replace(".data/", platform.DataDirectory + "/", StringComparison.Ordinal);

        // Every request of the README's block must succeed (curl -f), and the token must be a bare JWT.
        var script = $"set -euo pipefail\ncurl() {{ command curl -sSf \"$@\"; }}\n{block}\nprintf '\\nTOKEN=%s\\n' \"$TOKEN\"\n";
        var (exitCode, output) = await RunBashAsync(script);

        Assert.True(exitCode == 0, output);
        var token = output.Split('\n').Last(l => l.StartsWith("TOKEN=", StringComparison.Ordinal))["TOKEN=".Length..];
        Assert.Matches("^[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+$", token);
    }

    /// <summary>A new user opens the gateway's address in a browser: the sign-in page leads to the Portal's 工作台 of the demo county.</summary>
    [Fact]
    public async Task Opening_the_gateway_in_a_browser_leads_through_the_sign_in_page_to_the_Portal()
    {
        var password = (await File.ReadAllTextAsync(Path.Combine(platform.DataDirectory, "passwords", "admin"))).Trim();
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = "/usr/bin/chromium",
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
        });
        var page = await browser.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = 1440, Height = 900 }, Locale = "zh-CN" });

        await page.GotoAsync(platform.Gateway);
        await page.Locator("input[name=county]").FillAsync(County);
        await page.Locator("input[name=login]").FillAsync("admin");
        await page.Locator("input[name=password]").FillAsync(password);
        await page.Locator("button[type=submit]").ClickAsync();

        await page.Locator("h1", new PageLocatorOptions { HasTextString = "工作台" }).WaitForAsync(new LocatorWaitForOptions { Timeout = 60_000 });
        // 西坡村's secretary left mid-year and was not replaced (DemoTree.VacantBranch): the 工作台 lists the vacancy.
        await page.Locator("[data-testid=attention]", new PageLocatorOptions { HasTextString = "书记空缺" }).GetByText("中共陈仓区千河镇西坡村支部委员会")
            .WaitForAsync(new LocatorWaitForOptions { Timeout = 30_000 });
        var folder = Directory.CreateDirectory(Path.Combine(Artifacts.Folder, "screenshots")).FullName;
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(folder, "portal-demo-county-home.png"), FullPage = true });
    }

    /// <summary>The demo roster goes in through one import; its counts reach Reporting over RabbitMQ like any other change.</summary>
    [Fact]
    public async Task The_demo_county_overview_counts_its_organizations_and_the_imported_members()
    {
        using var client = await AdminClientAsync();

        var overview = await Eventually.WaitAsync(
            () => client.GetFromJsonAsync<JsonElement>("/api/reporting/overview"),
            o => o.GetProperty("memberCount").GetInt32() >= 3_163,
            TelemetryWait,
            "Reporting counts the 3,163 imported demo members");

        Assert.Equal(160, overview.GetProperty("organizationsByType").GetProperty("Branch").GetInt32());
        Assert.Equal(20, overview.GetProperty("organizationsByType").GetProperty("GeneralBranch").GetInt32());
        Assert.Equal(6, overview.GetProperty("organizationsByType").GetProperty("PrimaryCommittee").GetInt32());
    }

    [Fact]
    public async Task A_member_search_is_one_trace_from_the_gateway_through_members_to_PostgreSQL_found_by_its_county()
    {
        using var client = await AdminClientAsync();
        var traceId = NewTraceId();

        using var response = await client.SendAsync(Traced(HttpMethod.Get, "/api/members/search?limit=5", traceId));
        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());

        var spans = await SpansAsync(traceId, s =>
            s.Any(x => x is { Service: "gateway", Scope: "Yarp.ReverseProxy" })
            && s.Any(x => x is { Service: "members", Scope: "Microsoft.AspNetCore" })
            && s.Any(x => x is { Service: "members", Scope: "Npgsql" }));
        Assert.All(spans, s => Assert.Equal(County, s.County));
        Assert.Contains(traceId, await platform.Dashboard.TraceIdsOfCountyAsync(County));
        Assert.DoesNotContain(traceId, await platform.Dashboard.TraceIdsOfCountyAsync("610303"));
    }

    [Fact]
    public async Task A_member_registration_is_one_trace_across_RabbitMQ_into_organizations_and_reporting_found_by_its_county()
    {
        using var client = await AdminClientAsync();
        var branch = await BranchAsync(client);
        var traceId = NewTraceId();
        var request = Traced(HttpMethod.Post, "/api/members", traceId);
        request.Content = JsonContent.Create(NewMember(branch));

        using var response = await client.SendAsync(request);
        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());

        var spans = await SpansAsync(traceId, s =>
            s.Any(x => x is { Service: "members", Scope: "Cloud" } && x.Name.StartsWith("outbox publish", StringComparison.Ordinal))
            && s.Any(x => x.Service == "organizations" && x.Scope == "MassTransit")
            && s.Any(x => x.Service == "reporting" && x.Scope == "MassTransit")
            // The gateway's span ends with the response and may be exported after the consumers' (Reporting is quick now).
            && s.Any(x => x is { Service: "gateway", Scope: "Yarp.ReverseProxy" }));
        Assert.Contains(spans, s => s is { Service: "gateway", Scope: "Yarp.ReverseProxy" });
        Assert.All(spans, s => Assert.Equal(County, s.County));
        Assert.Contains(traceId, await platform.Dashboard.TraceIdsOfCountyAsync(County));

        await ScreenshotTraceAsync(traceId);
    }

    /// <summary>The dashboard's trace view of that registration, as the ops team sees it (in artifacts/screenshots).</summary>
    private async Task ScreenshotTraceAsync(string traceId)
    {
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = "/usr/bin/chromium",
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
        });
        var page = await browser.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = 1600, Height = 1000 }, Locale = "zh-CN" });
        await page.GotoAsync(platform.Dashboard.LoginUrl);
        await page.GotoAsync($"{platform.Dashboard.Url}/traces/detail/{traceId}");
        await page.GetByText("outbox publish").First.WaitForAsync(new LocatorWaitForOptions { Timeout = 30_000 });
        var folder = Directory.CreateDirectory(Path.Combine(Artifacts.Folder, "screenshots")).FullName;
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(folder, "dashboard-trace-member-registration.png"), FullPage = true });
        await page.GotoAsync($"{platform.Dashboard.Url}/traces?filters={Uri.EscapeDataString($"cloud.tenant_id:equals:{County}")}");
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(folder, "dashboard-traces-of-county.png") });
        await page.GotoAsync($"{platform.Dashboard.Url}/");
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(folder, "dashboard-resources.png") });
    }

    private async Task<IReadOnlyList<DashboardSpan>> SpansAsync(string traceId, Func<IReadOnlyList<DashboardSpan>, bool> complete) =>
        await Eventually.WaitAsync(
            () => platform.Dashboard.TraceAsync(traceId),
            complete,
            TelemetryWait,
            $"the dashboard shows trace {traceId} with every expected span");

    private async Task<HttpClient> AdminClientAsync()
    {
        var password = (await File.ReadAllTextAsync(Path.Combine(platform.DataDirectory, "passwords", "admin"))).Trim();
        var client = new HttpClient(new SocketsHttpHandler { UseProxy = false }) { BaseAddress = new Uri(platform.Gateway) };
        using var token = await client.PostAsync(new Uri("/connect/token", UriKind.Relative), new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "password",
            ["client_id"] = "cloud-portal",
            ["username"] = $"admin@{County}",
            ["password"] = password,
        }));
        var body = await token.Content.ReadFromJsonAsync<JsonElement>();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", body.GetProperty("access_token").GetString());
        return client;
    }

    private static async Task<Guid> BranchAsync(HttpClient client)
    {
        var organizations = await client.GetFromJsonAsync<JsonElement>("/api/organizations");
        var list = organizations.ValueKind == JsonValueKind.Array ? organizations : organizations.GetProperty("items");
        return list.EnumerateArray().First(o => o.GetProperty("type").GetString() == "Branch").GetProperty("id").GetGuid();
    }

    private static object NewMember(Guid branch)
    {
        var first17 = $"{County}19900101{RandomNumberGenerator.GetInt32(0, 500) * 2 + 1:000}";
        return new
        {
            name = "测试党员",
            nationalId = first17 + NationalId.CheckCharacterOf(first17),
            gender = "Male",
            ethnicity = "汉族",
            birthDate = "1990-01-01",
            education = "College",
            occupation = "Worker",
            employmentStatus = "Active",
            status = "Full",
            admissionApprovedOn = "2015-06-30",
            probationStartOn = "2015-06-30",
            confirmedOn = "2016-06-30",
            organizationId = branch,
        };
    }

    /// <summary>Our own W3C trace context, so the test knows the trace id the gateway continues.</summary>
    private static HttpRequestMessage Traced(HttpMethod method, string path, string traceId)
    {
        var request = new HttpRequestMessage(method, new Uri(path, UriKind.Relative));
        request.Headers.Add("traceparent", $"00-{traceId}-{ActivitySpanId.CreateRandom().ToHexString()}-01");
        return request;
    }

    private static string NewTraceId() => ActivityTraceId.CreateRandom().ToHexString();

    private static async Task<(int ExitCode, string Output)> RunBashAsync(string script)
    {
        var start = new ProcessStartInfo("bash") { RedirectStandardInput = true, RedirectStandardOutput = true, RedirectStandardError = true };
        using var process = Process.Start(start)!;
        await process.StandardInput.WriteAsync(script);
        process.StandardInput.Close();
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        return (process.ExitCode, await output + await errors);
    }
}
