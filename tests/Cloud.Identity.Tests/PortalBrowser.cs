using System.Net;
using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.IdentityModel.Tokens;

namespace Cloud.Identity.Tests;

/// <summary>
/// Plays the Portal and its user's browser: authorization code + PKCE through the sign-in form, with cookies and
/// redirects followed by hand.
/// </summary>
public sealed partial class PortalBrowser : IDisposable
{
    private readonly HttpClient _http;
    private readonly string _verifier = Base64UrlEncoder.Encode(RandomNumberGenerator.GetBytes(32));
    private readonly string _state = Guid.NewGuid().ToString("N");

    public PortalBrowser(IdentityHost identity)
    {
        var handler = new HttpClientHandler { AllowAutoRedirect = false, CookieContainer = new CookieContainer(), UseCookies = true };
        _http = new HttpClient(handler) { BaseAddress = identity.Host.Address };
    }

    public string AuthorizeUrl => QueryHelpers.AddQueryString("/connect/authorize", new Dictionary<string, string?>
    {
        ["client_id"] = "cloud-portal",
        ["response_type"] = "code",
        ["redirect_uri"] = IdentityHost.PortalRedirectUri,
        ["scope"] = "openid profile offline_access",
        ["state"] = _state,
        ["code_challenge"] = Base64UrlEncoder.Encode(SHA256.HashData(Encoding.ASCII.GetBytes(_verifier))),
        ["code_challenge_method"] = "S256",
    });

    /// <summary>Starts at /connect/authorize, lands on the sign-in page, submits it; returns the page's answer.</summary>
    public async Task<HttpResponseMessage> SignInAsync(string county, string login, string password)
    {
        using var authorize = await _http.GetAsync(AuthorizeUrl);
        Assert.Equal(HttpStatusCode.Redirect, authorize.StatusCode);
        var loginPage = authorize.Headers.Location!;
        Assert.False(loginPage.IsAbsoluteUri, "behind the gateway the sign-in page is reached by path");
        Assert.StartsWith("/account/login?ReturnUrl=", loginPage.OriginalString, StringComparison.Ordinal);

        using var page = await _http.GetAsync(loginPage);
        Assert.Equal("DENY", page.Headers.GetValues("X-Frame-Options").Single());
        var html = await page.Content.ReadAsStringAsync();
        Assert.Contains("区县代码", html, StringComparison.Ordinal);
        Assert.Contains("用户名", html, StringComparison.Ordinal);
        Assert.Contains("密码", html, StringComparison.Ordinal);
        return await _http.PostAsync("/account/login", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = Field(html, "__RequestVerificationToken"),
            ["returnUrl"] = Field(html, "returnUrl"),
            ["county"] = county,
            ["login"] = login,
            ["password"] = password,
        }));
    }

    /// <summary>Signs in and follows back to /connect/authorize; returns the code sent to the Portal.</summary>
    public async Task<string> CodeAsync(string county, string login, string password)
    {
        using var signedIn = await SignInAsync(county, login, password);
        using var back = await _http.GetAsync(signedIn.Headers.Location);
        return QueryHelpers.ParseQuery(back.Headers.Location!.Query)["code"].ToString();
    }

    public Task<HttpResponseMessage> RedeemAsync(string code, string verifier) =>
        _http.PostAsync("/connect/token", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "authorization_code",
            ["client_id"] = "cloud-portal",
            ["code"] = code,
            ["redirect_uri"] = IdentityHost.PortalRedirectUri,
            ["code_verifier"] = verifier,
        }));

    /// <summary>The whole flow: sign in, follow back to /connect/authorize, take the code, redeem it with the verifier.</summary>
    public async Task<HttpResponseMessage> SignInAndRedeemAsync(string county, string login, string password)
    {
        using var signedIn = await SignInAsync(county, login, password);
        Assert.True(signedIn.StatusCode == HttpStatusCode.Redirect, await signedIn.Content.ReadAsStringAsync());
        using var back = await _http.GetAsync(signedIn.Headers.Location);
        Assert.True(back.StatusCode == HttpStatusCode.Redirect, await back.Content.ReadAsStringAsync());
        var callback = back.Headers.Location!;
        Assert.StartsWith(IdentityHost.PortalRedirectUri, callback.AbsoluteUri, StringComparison.Ordinal);
        var query = QueryHelpers.ParseQuery(callback.Query);
        Assert.Equal(_state, query["state"].ToString());

        return await _http.PostAsync("/connect/token", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "authorization_code",
            ["client_id"] = "cloud-portal",
            ["code"] = query["code"].ToString(),
            ["redirect_uri"] = IdentityHost.PortalRedirectUri,
            ["code_verifier"] = _verifier,
        }));
    }

    /// <summary>The browser's own requests, with its cookies (e.g. to /connect/logout).</summary>
    public HttpClient Http => _http;

    public void Dispose() => _http.Dispose();

    private static string Field(string html, string name)
    {
        var match = Regex.Match(html, $"name=\"{Regex.Escape(name)}\" value=\"([^\"]*)\"");
        Assert.True(match.Success, $"No field {name} in the page");
        return WebUtility.HtmlDecode(match.Groups[1].Value);
    }
}
