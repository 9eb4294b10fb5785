using Cloud.ServiceDefaults.Auth;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.Protocols;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;

namespace Cloud.Identity.Tokens;

/// <summary>
/// Identity's own APIs accept the tokens Identity issues, through the same JWT bearer scheme every service uses:
/// its public signing key and issuer are added to that scheme, and the scheme never fetches Identity's own discovery
/// document over HTTP. Tokens the scheme already accepts (e.g. the test key of <c>Identity:SigningKey</c>) still pass.
/// </summary>
public sealed class LocalTokenValidation(TokenKeys keys, IOptions<CloudIdentityOptions> identity) : IPostConfigureOptions<JwtBearerOptions>
{
    public void PostConfigure(string? name, JwtBearerOptions options)
    {
        if (name != JwtBearerDefaults.AuthenticationScheme)
        {
            return;
        }

        var issuer = IssuerOf(identity.Value.Authority);
        var configuration = new OpenIdConnectConfiguration { Issuer = issuer };
        configuration.SigningKeys.Add(keys.Signing);
        options.ConfigurationManager = new StaticConfigurationManager<OpenIdConnectConfiguration>(configuration);
        var parameters = options.TokenValidationParameters;
        parameters.ValidIssuers = [.. parameters.ValidIssuers ?? [], issuer, issuer.TrimEnd('/')];
        parameters.IssuerSigningKeys = [.. parameters.IssuerSigningKeys ?? [], keys.Signing];
    }

    /// <summary>The <c>iss</c> OpenIddict writes: the authority as an absolute URI (with a trailing slash when it has no path).</summary>
    public static string IssuerOf(string authority) => new Uri(authority, UriKind.Absolute).AbsoluteUri;
}
