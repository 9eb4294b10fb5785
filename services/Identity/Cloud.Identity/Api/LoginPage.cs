using System.Security.Claims;
using System.Text.Encodings.Web;
using Cloud.Identity.Accounts;
using Cloud.Identity.Domain;
using Cloud.Identity.Tokens;
using Cloud.ServiceDefaults.Auth;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Authentication;

namespace Cloud.Identity.Api;

/// <summary>
/// <c>/account/login</c>: the Chinese sign-in form of the Portal's code flow. Success sets the sign-in cookie and
/// returns to <c>/connect/authorize</c>; any failure says only "用户名或密码错误" (or the lockout text).
/// </summary>
public static class LoginPage
{
    public static IEndpointRouteBuilder MapLoginPage(this IEndpointRouteBuilder app)
    {
        app.MapGet(LoginCookie.LoginPath, Show).AllowAnonymous();
        app.MapPost(LoginCookie.LoginPath, SignIn).AllowAnonymous().DisableAntiforgery();
        return app;
    }

    public static IResult Show(HttpContext http, IAntiforgery antiforgery, string? returnUrl) =>
        Page(http, antiforgery, null, null, LocalOrRoot(returnUrl), null);

    public static async Task<IResult> SignIn(HttpContext http, IAntiforgery antiforgery, PasswordSignIn signIn, CancellationToken cancellationToken)
    {
        if (!http.Request.HasFormContentType || !await antiforgery.IsRequestValidAsync(http))
        {
            return Results.BadRequest();
        }

        var form = await http.Request.ReadFormAsync(cancellationToken);
        var county = form["county"].ToString().Trim();
        var login = form["login"].ToString().Trim();
        var returnUrl = LocalOrRoot(form["returnUrl"]);
        var outcome = await signIn.SignInAsync(SignInName.From(county, login), form["password"], cancellationToken);
        if (outcome.User is not { } user)
        {
            return Page(http, antiforgery, county, login, returnUrl, outcome.Error);
        }

        var identity = new ClaimsIdentity(LoginCookie.Scheme, CloudClaims.Name, CloudClaims.Role);
        identity.AddClaim(new Claim(CloudClaims.Subject, user.Id.ToString()));
        identity.AddClaim(new Claim(CloudClaims.Name, user.DisplayName));
        identity.AddClaim(new Claim(TokenPrincipals.RealmClaim, outcome.Realm));
        await http.SignInAsync(LoginCookie.Scheme, new ClaimsPrincipal(identity));
        return Results.Redirect(returnUrl);
    }

    // Only a path on this host: an absolute URL here would make the form an open redirect.
    private static string LocalOrRoot(string? returnUrl) =>
        returnUrl is { Length: > 0 } url && url[0] == '/' && (url.Length == 1 || (url[1] != '/' && url[1] != '\\')) ? url : "/";

    private static IResult Page(HttpContext http, IAntiforgery antiforgery, string? county, string? login, string returnUrl, string? error)
    {
        var tokens = antiforgery.GetAndStoreTokens(http);
        var html = HtmlEncoder.Default;
        var message = error is null ? string.Empty : $"""<p class="error" role="alert">{error}</p>""";
        return IdentityPages.Render(http, "登录", $$"""
            <form class="box" method="post" action="{{LoginCookie.LoginPath}}">
              <h1>党建云 登录</h1>
              {{message}}
              <input type="hidden" name="{{tokens.FormFieldName}}" value="{{html.Encode(tokens.RequestToken ?? string.Empty)}}">
              <input type="hidden" name="returnUrl" value="{{html.Encode(returnUrl)}}">
              <label for="county">区县代码</label>
              <input id="county" name="county" inputmode="numeric" maxlength="6" value="{{html.Encode(county ?? string.Empty)}}">
              <span class="hint">平台工作人员请留空</span>
              <label for="login">用户名</label>
              <input id="login" name="login" autocomplete="username" required value="{{html.Encode(login ?? string.Empty)}}">
              <label for="password">密码</label>
              <input id="password" name="password" type="password" autocomplete="current-password" required>
              <button type="submit">登录</button>
            </form>
            """, error is null ? StatusCodes.Status200OK : StatusCodes.Status400BadRequest);
    }
}
