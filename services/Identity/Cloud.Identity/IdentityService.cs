using Cloud.Identity.Accounts;
using Cloud.Identity.Api;
using Cloud.Identity.Data;
using Cloud.Identity.Domain;
using Cloud.Identity.Tokens;
using Cloud.Persistence;
using Cloud.Persistence.Messaging;
using Cloud.Persistence.OrganizationTree;
using Cloud.ServiceDefaults.Auth;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.Extensions.Options;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace Cloud.Identity;

/// <summary>Wiring of the Identity service: counties, users, audit, and the OpenIddict token server.</summary>
public static class IdentityService
{
    public static IHostApplicationBuilder AddIdentityService(this IHostApplicationBuilder builder)
    {
        builder.AddCloudPersistence<IdentityDbContext>(IdentityDbContext.DatabaseName);
        builder.AddCloudMessaging(bus => bus.AddOrganizationTreeCopy());
        builder.Services.AddHttpContextAccessor();
        builder.Services.AddMemoryCache();
        builder.Services.AddAntiforgery();
        builder.Services.AddScoped<AuditTrail>();
        builder.Services.AddScoped<PasswordSignIn>();
        builder.Services.AddScoped<UserAccounts>();
        builder.Services.AddScoped<UserAdministration>();
        builder.Services.AddSingleton<TokenPrincipals>();

        builder.Services.AddIdentityCore<CloudUser>(options =>
            {
                options.Password.RequiredLength = PasswordPolicy.MinLength;
                options.Password.RequireDigit = false;
                options.Password.RequireLowercase = false;
                options.Password.RequireUppercase = false;
                options.Password.RequireNonAlphanumeric = false;
                options.Password.RequiredUniqueChars = 1;
                options.Lockout.AllowedForNewUsers = true;
                options.Lockout.MaxFailedAccessAttempts = PasswordPolicy.MaxFailedSignIns;
                options.Lockout.DefaultLockoutTimeSpan = PasswordPolicy.LockoutDuration;
                options.User.AllowedUserNameCharacters = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789._-";
            })
            .AddUserStore<CloudUserStore>();

        builder.Services.AddAuthentication().AddCookie(LoginCookie.Scheme, cookie =>
        {
            cookie.LoginPath = LoginCookie.LoginPath;
            cookie.Cookie.Name = "cloud.identity";
            cookie.Cookie.HttpOnly = true;
            cookie.Cookie.SameSite = SameSiteMode.Lax;
            cookie.ExpireTimeSpan = TimeSpan.FromHours(1);
            cookie.SlidingExpiration = true;
            // Behind the gateway this host's own address means nothing to the browser: redirect by path only.
            cookie.Events.OnRedirectToLogin = context =>
            {
                context.Response.Redirect(Uri.TryCreate(context.RedirectUri, UriKind.Absolute, out var absolute) ? absolute.PathAndQuery : context.RedirectUri);
                return Task.CompletedTask;
            };
        });
        builder.Services.AddAuthorizationBuilder().AddIdentityPolicies();

        builder.AddTokenServer();
        builder.Services.AddHostedService<PortalClientRegistration>();
        builder.Services.AddHostedService<PlatformOperatorSeed>();
        builder.Services.AddHostedService<TokenPruning>();
        return builder;
    }

    /// <summary>
    /// OpenIddict on the identity database. Issuer <c>Identity:Authority</c>; JWT access tokens, signed and not
    /// encrypted, 15 minutes, audience <c>Identity:Audience</c> (cloud-api); discovery and JWKS at their defaults.
    /// </summary>
    private static void AddTokenServer(this IHostApplicationBuilder builder)
    {
        var developer = IdentityEnvironments.IsDevelopmentOrTesting(builder.Environment);
        var keys = TokenKeys.FromConfiguration(builder.Configuration, builder.Environment);
        var identity = builder.Configuration.GetSection(CloudIdentityOptions.Section).Get<CloudIdentityOptions>() ?? new();
        builder.Services.AddSingleton(keys);
        builder.Services.AddSingleton<IPostConfigureOptions<JwtBearerOptions>, LocalTokenValidation>();

        builder.Services.AddOpenIddict()
            .AddCore(core => core.UseEntityFrameworkCore().UseDbContext<IdentityDbContext>())
            .AddServer(server =>
            {
                server.SetIssuer(new Uri(identity.Authority, UriKind.Absolute));
                server.SetTokenEndpointUris("connect/token")
                    .SetAuthorizationEndpointUris("connect/authorize")
                    .SetEndSessionEndpointUris("connect/logout");
                server.AllowAuthorizationCodeFlow().RequireProofKeyForCodeExchange()
                    .AllowClientCredentialsFlow()
                    .AllowRefreshTokenFlow();
                if (developer)
                {
                    server.AllowPasswordFlow(); // for developers and tests only; people sign in through the code flow
                }

                server.RegisterScopes(Scopes.OpenId, Scopes.Profile, Scopes.Roles, Scopes.OfflineAccess);
                server.SetAccessTokenLifetime(TimeSpan.FromMinutes(15));
                server.DisableAccessTokenEncryption(); // every service reads the access token as a plain signed JWT
                server.AddSigningKey(keys.Signing).AddEncryptionKey(keys.Encryption);

                var aspNetCore = server.UseAspNetCore()
                    .EnableTokenEndpointPassthrough()
                    .EnableAuthorizationEndpointPassthrough()
                    .EnableEndSessionEndpointPassthrough()
                    .EnableErrorPassthrough(); // refusals with no way back to the client get our Chinese page, not OpenIddict's English text
                // TLS ends at the gateway or ingress; Identity itself may be reached over plain HTTP inside the cluster.
                if (developer || builder.Configuration.GetValue<bool>("Identity:AllowHttp"))
                {
                    aspNetCore.DisableTransportSecurityRequirement();
                }
            });
    }

    public static IEndpointRouteBuilder MapIdentityApi(this IEndpointRouteBuilder app)
    {
        app.MapTokenEndpoint();
        app.MapAuthorizeEndpoints();
        app.MapLoginPage();
        app.MapCountiesApi();
        app.MapUsersApi();
        app.MapAuditApi();
        app.MapClientsApi();
        return app;
    }
}
