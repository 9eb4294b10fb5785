using System.Security.Claims;
using Cloud.ServiceDefaults.Auth;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;

namespace Cloud.Portal.Auth;

/// <summary>
/// Sign-in with OpenID Connect (authorization code + PKCE, the public client <c>cloud-portal</c>) against Identity at
/// <c>Identity:Authority</c> (the gateway's origin, as every service sees it). The cookie holds the session id and the
/// access token's claims (county, roles, scope, member id); the tokens stay in <see cref="PortalSessions"/>.
/// </summary>
public static class PortalAuthentication
{
    public const string ClientId = "cloud-portal";
    public const string BackchannelClient = "identity-backchannel";
    public const string CookieName = "cloud_portal";

    // Claims the Portal needs to shape its navigation, copied from the access token Identity issued to us.
    private static readonly string[] CopiedClaims =
    [
        CloudClaims.Subject, CloudClaims.Name, CloudClaims.Role, CloudClaims.Tenant, CloudClaims.City, CloudClaims.OrgScope, CloudClaims.MemberId,
    ];

    // offline_access: a refresh token, so the Portal renews the 15-minute access token without sending the user back.
    private static readonly string[] Scopes = ["openid", "profile", "roles", "offline_access"];

    public static IHostApplicationBuilder AddPortalAuthentication(this IHostApplicationBuilder builder)
    {
        var authority = builder.Configuration["Identity:Authority"] ?? throw new InvalidOperationException("Identity:Authority is not configured.");
        builder.Services.AddMemoryCache();
        builder.Services.AddSingleton<PortalSessions>();
        builder.Services.AddSingleton(TimeProvider.System);
        builder.Services.AddSingleton<AccessTokens>();
        builder.Services.AddHttpClient(BackchannelClient);
        builder.Services.AddAuthorization();
        builder.Services
            .AddAuthentication(options =>
            {
                options.DefaultScheme = CookieAuthenticationDefaults.AuthenticationScheme;
                options.DefaultChallengeScheme = OpenIdConnectDefaults.AuthenticationScheme;
            })
            .AddCookie(options =>
            {
                options.Cookie.Name = CookieName;
                options.Cookie.HttpOnly = true;
                options.Cookie.SameSite = SameSiteMode.Lax;
                options.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
                options.ExpireTimeSpan = TimeSpan.FromHours(8);
                options.SlidingExpiration = true;
                options.Events.OnValidatePrincipal = RequireLiveSession;
            })
            .AddOpenIdConnect(options =>
            {
                options.Authority = authority;
                options.RequireHttpsMetadata = authority.StartsWith("https:", StringComparison.OrdinalIgnoreCase);
                options.ClientId = ClientId;
                options.ResponseType = OpenIdConnectResponseType.Code;
                options.ResponseMode = OpenIdConnectResponseMode.Query; // same site as Identity: no cross-site form post
                options.UsePkce = true;
                options.Scope.Clear();
                foreach (var scope in Scopes)
                {
                    options.Scope.Add(scope);
                }

                options.MapInboundClaims = false;
                options.SaveTokens = false; // tokens stay on the server (PortalSessions), not in the cookie
                options.GetClaimsFromUserInfoEndpoint = false;
                options.TokenValidationParameters.NameClaimType = CloudClaims.Name;
                options.TokenValidationParameters.RoleClaimType = CloudClaims.Role;
                options.CorrelationCookie.SameSite = SameSiteMode.Lax;
                options.CorrelationCookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
                options.NonceCookie.SameSite = SameSiteMode.Lax;
                options.NonceCookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
                options.Events.OnTokenValidated = StartSession;
                options.Events.OnRedirectToIdentityProviderForSignOut = AddIdTokenHint;
                options.Events.OnRemoteFailure = ShowSignInFailure;
            });
        return builder;
    }

    /// <summary>POST <c>/signout</c>: ends the server-side session, the cookie and Identity's own sign-in.</summary>
    public static IEndpointRouteBuilder MapSignOut(this IEndpointRouteBuilder app)
    {
        app.MapPost("/signout", (HttpContext http, PortalSessions sessions) =>
        {
            var properties = new AuthenticationProperties { RedirectUri = "/" };
            if (sessions.Find(http.User.FindFirst(PortalSessions.Claim)?.Value) is { Tokens.IdToken: { } idToken })
            {
                properties.SetParameter(OpenIdConnectParameterNames.IdTokenHint, idToken);
            }

            sessions.End(http.User.FindFirst(PortalSessions.Claim)?.Value);
            return Results.SignOut(properties, [CookieAuthenticationDefaults.AuthenticationScheme, OpenIdConnectDefaults.AuthenticationScheme]);
        }).RequireAuthorization();
        return app;
    }

    private static Task StartSession(TokenValidatedContext context)
    {
        var response = context.TokenEndpointResponse ?? throw new InvalidOperationException("The code flow returned no tokens.");
        var sessions = context.HttpContext.RequestServices.GetRequiredService<PortalSessions>();
        var clock = context.HttpContext.RequestServices.GetRequiredService<TimeProvider>();
        var expiresIn = int.TryParse(response.ExpiresIn, out var seconds) ? seconds : 300;
        var session = sessions.Start(new SessionTokens(response.AccessToken, clock.GetUtcNow().AddSeconds(expiresIn), response.RefreshToken, response.IdToken));

        // The access token came straight from Identity's token endpoint over the back channel: its claims are the user's.
        var accessToken = new JsonWebToken(response.AccessToken);
        var identity = new ClaimsIdentity(CookieAuthenticationDefaults.AuthenticationScheme, CloudClaims.Name, CloudClaims.Role);
        identity.AddClaims(accessToken.Claims.Where(c => CopiedClaims.Contains(c.Type)).Select(c => new Claim(c.Type, c.Value)));
        identity.AddClaim(new Claim(PortalSessions.Claim, session.Id));
        context.Principal = new ClaimsPrincipal(identity);
        return Task.CompletedTask;
    }

    private static async Task RequireLiveSession(CookieValidatePrincipalContext context)
    {
        var sessions = context.HttpContext.RequestServices.GetRequiredService<PortalSessions>();
        if (sessions.Find(context.Principal?.FindFirst(PortalSessions.Claim)?.Value) is null)
        {
            // The Portal restarted or the refresh token was refused: sign in again.
            context.RejectPrincipal();
            await context.HttpContext.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme);
        }
    }

    private static Task AddIdTokenHint(RedirectContext context)
    {
        if (context.Properties.Parameters.TryGetValue(OpenIdConnectParameterNames.IdTokenHint, out var hint) && hint is string idToken)
        {
            context.ProtocolMessage.IdTokenHint = idToken;
        }

        return Task.CompletedTask;
    }

    private static Task ShowSignInFailure(RemoteFailureContext context)
    {
        context.Response.Redirect("/signin-failed");
        context.HandleResponse();
        return Task.CompletedTask;
    }
}
