using Cloud.Gateway;
using Cloud.Identity;
using Cloud.Identity.Data;
using Cloud.Members;
using Cloud.Members.Data;
using Cloud.Organizations;
using Cloud.Organizations.Data;
using Cloud.Portal;
using Cloud.Reporting;
using Cloud.Reporting.Data;
using Cloud.Testing;
using Microsoft.Playwright;

namespace Cloud.SystemTests.Browser;

/// <summary>
/// The platform as the AppHost wires it, for the browser: the gateway's origin is the token issuer, Identity signs people
/// in through its real sign-in page, the Portal sits behind the gateway's fallback route, and Debian's Chromium drives it.
/// </summary>
public sealed class PortalPlatform : HostGroup
{
    public const string PlatformPassword = "platform-bootstrap-secret";

    private IPlaywright? _playwright;

    public Uri Gateway { get; private set; } = null!;

    public IBrowser Browser { get; private set; } = null!;

    public override async Task InitializeAsync()
    {
        await PlatformDatabases.MigrateAsync();

        var gatewayPort = FreePort.Next();
        var origin = $"http://127.0.0.1:{gatewayPort}";
        Dictionary<string, string?> Trusting(Dictionary<string, string?> more) => new(more)
        {
            ["Identity:Authority"] = origin,
            ["Identity:SigningKey"] = null, // only Identity's published keys count, as in the AppHost
        };

        var identity = Track(new ServiceHost<IdentityEntryPoint>(IdentityDbContext.DatabaseName, Trusting(new()
        {
            ["Identity:BootstrapAdminPassword"] = PlatformPassword,
            ["Identity:PortalRedirectUris"] = origin + "/signin-oidc",
            ["Identity:PortalPostLogoutRedirectUris"] = origin + "/signout-callback-oidc",
        })).Start());
        var organizations = Track(new ServiceHost<OrganizationsEntryPoint>(OrganizationsDbContext.DatabaseName, Trusting([])).Start());
        var reporting = Track(new ServiceHost<ReportingEntryPoint>(ReportingDbContext.DatabaseName, Trusting([])).Start());
        var members = Track(new ServiceHost<MembersEntryPoint>(MembersDbContext.DatabaseName, Trusting([])).Start());
        var portal = Track(new ServiceHost<PortalEntryPoint>(null, Trusting(new() { ["Portal:Gateway"] = origin })).Start());
        Track(new ServiceHost<GatewayEntryPoint>(null, Trusting(new()
        {
            ["services:identity:http:0"] = identity.Address.ToString(),
            ["services:organizations:http:0"] = organizations.Address.ToString(),
            ["services:reporting:http:0"] = reporting.Address.ToString(),
            ["services:members:http:0"] = members.Address.ToString(),
            ["services:portal:http:0"] = portal.Address.ToString(),
            // Every journey's browser and the Portal's own calls come from 127.0.0.1: the per-address bucket is not under test here.
            ["RateLimits:TokenLimit"] = "5000",
            ["RateLimits:TokensPerSecond"] = "5000",
        })).Start(gatewayPort));
        Gateway = new Uri(origin);

        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = "/usr/bin/chromium",
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
        });
    }

    public override async Task DisposeAsync()
    {
        if (_playwright is not null)
        {
            await Browser.DisposeAsync();
            _playwright.Dispose();
        }

        await base.DisposeAsync();
    }

    /// <summary>A new county onboarded by the platform operator, with its administrator (and an API client signed in as them).</summary>
    public Task<TestCounty> NewCountyAsync(string name = "浏览器测试县") => TestCounty.OnboardAsync(Gateway, name);

    /// <summary>Opens the Portal in a fresh browser context and signs in through Identity's real sign-in page.</summary>
    public async Task<IPage> SignInAsync(string county, string login, string password, int width = PortalScreens.Desktop)
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = Gateway.ToString(),
            Locale = "zh-CN",
            TimezoneId = "Asia/Shanghai",
            ViewportSize = new ViewportSize { Width = width, Height = width <= PortalScreens.Phone ? 844 : 900 },
        });
        var page = await context.NewPageAsync();
        await page.GotoAsync("/");
        await page.Locator("input[name=county]").FillAsync(county);
        await page.Locator("input[name=login]").FillAsync(login);
        await page.Locator("input[name=password]").FillAsync(password);
        await page.Locator("button[type=submit]").ClickAsync();
        await PortalScreens.WaitForPageAsync(page, "工作台");
        return page;
    }
}
