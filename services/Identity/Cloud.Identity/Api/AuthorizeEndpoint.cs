using Cloud.Identity.Accounts;
using Cloud.Identity.Data;
using Cloud.Identity.Tokens;
using Microsoft.AspNetCore;
using Microsoft.AspNetCore.Authentication;
using OpenIddict.Abstractions;
using OpenIddict.Server.AspNetCore;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace Cloud.Identity.Api;

/// <summary>
/// <c>/connect/authorize</c> (code + PKCE, checked by OpenIddict) and <c>/connect/logout</c>. Without a sign-in cookie
/// the browser goes to <c>/account/login</c> and comes back here. The Portal is first-party: no consent screen. A request
/// OpenIddict refuses with no way back to its application comes through here too (error passthrough) for a Chinese page.
/// </summary>
public static class AuthorizeEndpoint
{
    public static IEndpointRouteBuilder MapAuthorizeEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapMethods("/connect/authorize", [HttpMethods.Get, HttpMethods.Post], (Delegate)Authorize).AllowAnonymous().DisableAntiforgery();
        app.MapMethods("/connect/logout", [HttpMethods.Get, HttpMethods.Post], (Delegate)Logout).AllowAnonymous().DisableAntiforgery();
        return app;
    }

    public static async Task<IResult> Authorize(HttpContext http, IdentityDbContext db, TokenPrincipals principals, CancellationToken cancellationToken)
    {
        if (http.GetOpenIddictServerResponse() is { Error: not null } refusal)
        {
            return IdentityPages.Refused(http, refusal, "无法登录");
        }

        var request = http.GetOpenIddictServerRequest() ?? throw new InvalidOperationException("Not an OpenID Connect request.");
        var cookie = await http.AuthenticateAsync(LoginCookie.Scheme);
        var (user, realm) = cookie.Principal is { } principal && !request.HasPromptValue(PromptValues.Login)
            ? await TokenRealm.FindActiveUserAsync(db, principal, cancellationToken)
            : (null, Domain.Realm.Platform);
        if (user is null)
        {
            if (request.HasPromptValue(PromptValues.None))
            {
                return Results.Forbid(
                    new AuthenticationProperties(new Dictionary<string, string?>
                    {
                        [OpenIddictServerAspNetCoreConstants.Properties.Error] = Errors.LoginRequired,
                        [OpenIddictServerAspNetCoreConstants.Properties.ErrorDescription] = "The user is not signed in.",
                    }),
                    [OpenIddictServerAspNetCoreDefaults.AuthenticationScheme]);
            }

            var query = http.Request.HasFormContentType
                ? QueryString.Create((await http.Request.ReadFormAsync(cancellationToken)).Where(p => p.Key != "prompt").Select(p => KeyValuePair.Create(p.Key, p.Value)))
                : QueryString.Create(http.Request.Query.Where(p => p.Key != "prompt").Select(p => KeyValuePair.Create(p.Key, p.Value)));
            await http.SignOutAsync(LoginCookie.Scheme);
            return Results.Challenge(new AuthenticationProperties { RedirectUri = http.Request.PathBase + http.Request.Path + query }, [LoginCookie.Scheme]);
        }

        return Results.SignIn(principals.ForUser(user, realm, request.GetScopes()), authenticationScheme: OpenIddictServerAspNetCoreDefaults.AuthenticationScheme);
    }

    public static async Task<IResult> Logout(HttpContext http)
    {
        if (http.GetOpenIddictServerResponse() is { Error: not null } refusal)
        {
            return IdentityPages.Refused(http, refusal, "无法退出登录");
        }

        await http.SignOutAsync(LoginCookie.Scheme);
        return Results.SignOut(new AuthenticationProperties { RedirectUri = "/" }, [OpenIddictServerAspNetCoreDefaults.AuthenticationScheme]);
    }
}
