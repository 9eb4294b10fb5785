using Cloud.Identity.Accounts;
using Cloud.Identity.Data;
using Cloud.Identity.Domain;
using Cloud.Identity.Tokens;
using Microsoft.AspNetCore;
using Microsoft.AspNetCore.Authentication;
using Microsoft.EntityFrameworkCore;
using OpenIddict.Abstractions;
using OpenIddict.Server.AspNetCore;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace Cloud.Identity.Api;

/// <summary>
/// <c>POST /connect/token</c>: OpenIddict has validated the request (client, grant, PKCE, refresh token); this decides
/// who the token is for. The password grant is only registered in Development and Testing. Error descriptions are
/// ASCII, as OAuth 2.0 requires (RFC 6749 §5.2); the sign-in page speaks Chinese.
/// </summary>
public static class TokenEndpoint
{
    public static IEndpointRouteBuilder MapTokenEndpoint(this IEndpointRouteBuilder app)
    {
        app.MapPost("/connect/token", Exchange).AllowAnonymous().DisableAntiforgery();
        return app;
    }

    public static async Task<IResult> Exchange(
        HttpContext http, IdentityDbContext db, PasswordSignIn signIn, TokenPrincipals principals, CancellationToken cancellationToken)
    {
        var request = http.GetOpenIddictServerRequest() ?? throw new InvalidOperationException("Not an OpenID Connect request.");

        if (request.IsPasswordGrantType())
        {
            var outcome = await signIn.SignInAsync(SignInName.Parse(request.Username), request.Password, cancellationToken);
            return outcome.User is { } user
                ? SignIn(principals.ForUser(user, outcome.Realm, request.GetScopes()))
                : Refuse(Errors.InvalidGrant, outcome.Error == SignInOutcome.LockedOut ? "Too many failed sign-ins; try again in 15 minutes." : "The username or password is invalid.");
        }

        if (request.IsClientCredentialsGrantType())
        {
            var client = await db.MachineClients.AsNoTracking().FirstOrDefaultAsync(c => c.ClientId == request.ClientId, cancellationToken);
            if (client is null || (client.County is { } county && await db.Counties.AsNoTracking().FirstOrDefaultAsync(c => c.Code == county, cancellationToken) is not { IsActive: true }))
            {
                return Refuse(Errors.InvalidClient, "The client is unknown or its county is suspended.");
            }

            return SignIn(principals.ForClient(client, request.GetScopes()));
        }

        if (request.IsAuthorizationCodeGrantType() || request.IsRefreshTokenGrantType())
        {
            var result = await http.AuthenticateAsync(OpenIddictServerAspNetCoreDefaults.AuthenticationScheme);
            var (user, realm) = result.Principal is { } principal
                ? await TokenRealm.FindActiveUserAsync(db, principal, cancellationToken)
                : (null, Realm.Platform);
            // Roles may have changed since the code or refresh token was issued: the new token says what is true now.
            return user is null
                ? Refuse(Errors.InvalidGrant, "The user is disabled or the county is suspended.")
                : SignIn(principals.ForUser(user, realm, result.Principal!.GetScopes()));
        }

        return Refuse(Errors.UnsupportedGrantType, "The grant type is not supported.");
    }

    private static IResult SignIn(System.Security.Claims.ClaimsPrincipal principal) =>
        Results.SignIn(principal, authenticationScheme: OpenIddictServerAspNetCoreDefaults.AuthenticationScheme);

    private static IResult Refuse(string error, string description) =>
        Results.Forbid(
            new AuthenticationProperties(new Dictionary<string, string?>
            {
                [OpenIddictServerAspNetCoreConstants.Properties.Error] = error,
                [OpenIddictServerAspNetCoreConstants.Properties.ErrorDescription] = description,
            }),
            [OpenIddictServerAspNetCoreDefaults.AuthenticationScheme]);
}
