using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.AspNetCore.Authorization;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.IdentityModel.Tokens;

namespace Cloud.ServiceDefaults.Auth;

public static class AuthenticationExtensions
{
    /// <summary>JWT bearer validation against <c>Identity:Authority</c>; every endpoint needs an authenticated user unless it says otherwise.</summary>
    public static IHostApplicationBuilder AddCloudAuthentication(this IHostApplicationBuilder builder)
    {
        var identity = builder.Configuration.GetSection(CloudIdentityOptions.Section).Get<CloudIdentityOptions>() ?? new();
        var testKey = string.IsNullOrWhiteSpace(identity.SigningKey) ? null : DevelopmentTokens.KeyFrom(identity.SigningKey);
        builder.Services.Configure<CloudIdentityOptions>(builder.Configuration.GetSection(CloudIdentityOptions.Section));

        builder.Services
            .AddAuthentication(JwtBearerDefaults.AuthenticationScheme)
            .AddJwtBearer(options =>
            {
                options.TokenHandlers.Clear();
                options.TokenHandlers.Add(new ValidatedTokenCache());
                options.MapInboundClaims = false;
                options.Authority = testKey is null ? identity.Authority : null;
                options.RequireHttpsMetadata = false;
                options.TokenValidationParameters = new TokenValidationParameters
                {
                    // OpenIddict writes the issuer as an absolute URI with a trailing slash; configuration may omit it.
                    ValidIssuers = [identity.Authority.TrimEnd('/'), identity.Authority.TrimEnd('/') + "/"],
                    ValidAudience = identity.Audience,
                    NameClaimType = CloudClaims.Subject,
                    RoleClaimType = CloudClaims.Role,
                    ClockSkew = TimeSpan.FromSeconds(30),
                    IssuerSigningKey = testKey,
                };
            });

        builder.Services.TryAddSingleton<IOrganizationScope, ScopeOrganizationOnly>();
        builder.Services.AddAuthorizationBuilder()
            .SetFallbackPolicy(new AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build())
            .AddCloudPolicies();
        return builder;
    }
}
