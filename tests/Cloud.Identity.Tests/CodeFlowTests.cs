using System.Net;
using Cloud.ServiceDefaults.Auth;

namespace Cloud.Identity.Tests;

/// <summary>The Portal's sign-in: authorization code + PKCE through Identity's Chinese sign-in page.</summary>
public sealed class CodeFlowTests(IdentityHost identity) : IClassFixture<IdentityHost>
{
    [Fact]
    public async Task A_county_user_signs_in_through_the_form_and_the_portal_redeems_the_code()
    {
        var county = await identity.NewCountyAsync();
        using var browser = new PortalBrowser(identity);

        using var response = await browser.SignInAndRedeemAsync(county, IdentityHost.AdminLogin, IdentityHost.AdminPassword);

        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, body);
        var token = TokenResponse.Parse(body);
        Assert.NotNull(token.RefreshToken);
        Assert.True(token.Json.TryGetProperty("id_token", out _));
        var jwt = Jwt.Read(token.AccessToken);
        Assert.Equal(county, jwt.Claim("tenant"));
        Assert.Equal([CloudRoles.CountyAdmin], jwt.ClaimsOf("role"));
    }

    [Fact]
    public async Task An_identity_host_started_without_the_portals_addresses_keeps_the_registered_ones()
    {
        var county = await identity.NewCountyAsync();
        var settings = IdentityHost.Settings();
        settings.Remove("Identity:PortalRedirectUris");
        settings.Remove("Identity:PortalPostLogoutRedirectUris");
        await using (var replica = new Cloud.Testing.ServiceHost<IdentityEntryPoint>(Cloud.Identity.Data.IdentityDbContext.DatabaseName, settings).Start())
        {
            using var health = replica.CreateClient();
            Assert.Equal(HttpStatusCode.OK, (await health.GetAsync("/health")).StatusCode);
        }

        using var browser = new PortalBrowser(identity);
        using var response = await browser.SignInAndRedeemAsync(county, IdentityHost.AdminLogin, IdentityHost.AdminPassword);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Platform_staff_leave_the_county_blank()
    {
        using var browser = new PortalBrowser(identity);

        using var response = await browser.SignInAndRedeemAsync("", "platform", IdentityHost.PlatformPassword);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var jwt = Jwt.Read(TokenResponse.Parse(await response.Content.ReadAsStringAsync()).AccessToken);
        Assert.Null(jwt.Claim("tenant"));
        Assert.Equal([CloudRoles.PlatformAdmin], jwt.ClaimsOf("role"));
    }

    [Fact]
    public async Task A_wrong_password_and_an_unknown_login_show_the_same_message()
    {
        var county = await identity.NewCountyAsync();
        using var first = new PortalBrowser(identity);
        using var second = new PortalBrowser(identity);

        var wrong = await (await first.SignInAsync(county, IdentityHost.AdminLogin, "wrong-password")).Content.ReadAsStringAsync();
        var unknown = await (await second.SignInAsync(county, "nobody", "wrong-password")).Content.ReadAsStringAsync();

        Assert.Contains("用户名或密码错误", wrong, StringComparison.Ordinal);
        Assert.Contains("用户名或密码错误", unknown, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Users_of_a_suspended_county_cannot_sign_in()
    {
        var county = await identity.NewCountyAsync();
        using var platform = identity.Platform();
        await platform.PostAsync($"/api/identity/counties/{county}/suspend", null);
        using var browser = new PortalBrowser(identity);

        using var page = await browser.SignInAsync(county, IdentityHost.AdminLogin, IdentityHost.AdminPassword);
        using var grant = await identity.PasswordGrantAsync($"admin@{county}", IdentityHost.AdminPassword);

        Assert.Contains("用户名或密码错误", await page.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        await RefreshTests.AssertInvalidGrantAsync(grant);

        await platform.PostAsync($"/api/identity/counties/{county}/activate", null);
        using var again = await identity.PasswordGrantAsync($"admin@{county}", IdentityHost.AdminPassword);
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
    }

    [Fact]
    public async Task Logging_out_ends_the_sign_in_and_returns_to_the_portal()
    {
        var county = await identity.NewCountyAsync();
        using var browser = new PortalBrowser(identity);
        using var tokens = await browser.SignInAndRedeemAsync(county, IdentityHost.AdminLogin, IdentityHost.AdminPassword);
        Assert.Equal(HttpStatusCode.OK, tokens.StatusCode);

        using var logout = await browser.Http.GetAsync("/connect/logout?client_id=cloud-portal&post_logout_redirect_uri=" + Uri.EscapeDataString("https://portal.cloud.test/"));

        Assert.Equal(HttpStatusCode.Redirect, logout.StatusCode);
        Assert.Equal("https://portal.cloud.test/", logout.Headers.Location!.AbsoluteUri);
        using var again = await browser.Http.GetAsync(browser.AuthorizeUrl);
        Assert.Equal(HttpStatusCode.Redirect, again.StatusCode);
        Assert.StartsWith("/account/login", again.Headers.Location!.OriginalString, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_code_without_the_right_verifier_is_refused()
    {
        var county = await identity.NewCountyAsync();
        using var browser = new PortalBrowser(identity);
        var code = await browser.CodeAsync(county, IdentityHost.AdminLogin, IdentityHost.AdminPassword);

        using var response = await browser.RedeemAsync(code, "a-verifier-that-does-not-match-the-challenge-at-all");

        await RefreshTests.AssertInvalidGrantAsync(response);
    }

    [Fact]
    public async Task An_authorization_request_without_pkce_is_refused()
    {
        using var client = identity.Client();

        using var response = await client.GetAsync("/connect/authorize?client_id=cloud-portal&response_type=code&scope=openid&redirect_uri="
            + Uri.EscapeDataString(IdentityHost.PortalRedirectUri));

        var answer = response.Headers.Location?.Query ?? await response.Content.ReadAsStringAsync();
        Assert.Contains("invalid_request", answer, StringComparison.Ordinal);
        Assert.DoesNotContain("code=", answer, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("client_id", "no-such-app")] // an application never registered
    [InlineData("redirect_uri", "https://evil.example/callback")] // the Portal's id with an address it never registered
    public async Task A_request_with_no_way_back_to_its_application_gets_a_chinese_page_and_no_redirect(string parameter, string value)
    {
        using var browser = new PortalBrowser(identity);
        var url = Microsoft.AspNetCore.WebUtilities.QueryHelpers.ParseQuery(new Uri(new Uri("http://x"), browser.AuthorizeUrl).Query)
            .ToDictionary(p => p.Key, p => (string?)p.Value.ToString());
        url[parameter] = value;

        using var response = await browser.Http.GetAsync(Microsoft.AspNetCore.WebUtilities.QueryHelpers.AddQueryString("/connect/authorize", url));

        var html = await response.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Null(response.Headers.Location);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("<html lang=\"zh-CN\">", html, StringComparison.Ordinal);
        Assert.Contains("<h1>无法登录</h1>", html, StringComparison.Ordinal);
        Assert.Matches(@"错误代码：invalid_\w+ \(ID\d{4}\)", html);
        Assert.DoesNotContain("evil.example", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_sign_out_to_an_unregistered_address_gets_a_chinese_page_and_no_redirect()
    {
        using var browser = new PortalBrowser(identity);

        using var response = await browser.Http.GetAsync("/connect/logout?post_logout_redirect_uri=" + Uri.EscapeDataString("https://evil.example/bye"));

        var html = await response.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Null(response.Headers.Location);
        Assert.Contains("<h1>无法退出登录</h1>", html, StringComparison.Ordinal);
        Assert.Matches(@"错误代码：invalid_\w+ \(ID\d{4}\)", html);
    }

    [Fact]
    public async Task The_sign_in_form_never_redirects_to_another_site()
    {
        var county = await identity.NewCountyAsync();
        using var browser = new PortalBrowser(identity);
        var html = await browser.Http.GetStringAsync("/account/login?ReturnUrl=" + Uri.EscapeDataString("https://evil.example/steal"));
        var token = System.Text.RegularExpressions.Regex.Match(html, "name=\"__RequestVerificationToken\" value=\"([^\"]*)\"").Groups[1].Value;

        using var response = await browser.Http.PostAsync("/account/login", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = System.Net.WebUtility.HtmlDecode(token),
            ["returnUrl"] = "//evil.example/steal",
            ["county"] = county,
            ["login"] = IdentityHost.AdminLogin,
            ["password"] = IdentityHost.AdminPassword,
        }));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/", response.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task A_sign_in_form_posted_without_its_antiforgery_token_is_refused()
    {
        var county = await identity.NewCountyAsync();
        using var client = identity.Client();

        using var response = await client.PostAsync("/account/login", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["county"] = county,
            ["login"] = IdentityHost.AdminLogin,
            ["password"] = IdentityHost.AdminPassword,
        }));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }
}
