using System.Security.Claims;
using Cloud.Identity.Domain;
using Cloud.ServiceDefaults.Auth;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.Tokens;
using OpenIddict.Abstractions;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace Cloud.Identity.Tokens;

/// <summary>
/// What Identity's tokens say: <c>sub</c>, <c>name</c>, one <c>role</c> per role, <c>tenant</c> (not for platform staff),
/// <c>city</c>, <c>org_scope</c>, <c>member_id</c>, all in the access token, for the <c>cloud-api</c> audience.
/// </summary>
public sealed class TokenPrincipals(IOptions<CloudIdentityOptions> options)
{
    /// <summary>Claim kept in the sign-in cookie and in refresh tokens: the realm the user belongs to.</summary>
    public const string RealmClaim = "realm";

    public ClaimsPrincipal ForUser(CloudUser user, string realm, IEnumerable<string> scopes)
    {
        var identity = NewIdentity(user.Id.ToString(), user.DisplayName);
        identity.SetClaims(CloudClaims.Role, [.. user.Roles]);
        identity.SetClaim(RealmClaim, realm);
        if (!Realm.IsPlatform(realm))
        {
            identity.SetClaim(CloudClaims.Tenant, realm);
        }

        if (user.City is not null)
        {
            identity.SetClaim(CloudClaims.City, user.City);
        }

        if (user.OrgScope is { } orgScope)
        {
            identity.SetClaim(CloudClaims.OrgScope, orgScope.ToString());
        }

        if (user.MemberId is { } memberId)
        {
            identity.SetClaim(CloudClaims.MemberId, memberId.ToString());
        }

        return Finish(identity, scopes);
    }

    /// <summary>A machine client reads one county as an Auditor, or one city's statistics as a CityViewer.</summary>
    public ClaimsPrincipal ForClient(MachineClient client, IEnumerable<string> scopes)
    {
        var identity = NewIdentity(client.ClientId, client.DisplayName);
        if (client.County is not null)
        {
            identity.SetClaim(CloudClaims.Tenant, client.County);
            identity.SetClaims(CloudClaims.Role, [CloudRoles.Auditor]);
        }
        else
        {
            identity.SetClaim(CloudClaims.City, client.City);
            identity.SetClaims(CloudClaims.Role, [CloudRoles.CityViewer]);
        }

        return Finish(identity, scopes);
    }

    private static ClaimsIdentity NewIdentity(string subject, string name)
    {
        var identity = new ClaimsIdentity(TokenValidationParameters.DefaultAuthenticationType, CloudClaims.Name, CloudClaims.Role);
        identity.SetClaim(CloudClaims.Subject, subject);
        identity.SetClaim(CloudClaims.Name, name);
        return identity;
    }

    private ClaimsPrincipal Finish(ClaimsIdentity identity, IEnumerable<string> scopes)
    {
        identity.SetScopes(scopes);
        identity.SetResources(options.Value.Audience);
        identity.SetAudiences(options.Value.Audience);
        // The realm stays inside refresh tokens and codes (server-only); everything else goes to the access token.
        identity.SetDestinations(claim => claim.Type switch
        {
            RealmClaim => [],
            CloudClaims.Name or CloudClaims.Role => [Destinations.AccessToken, Destinations.IdentityToken],
            _ => [Destinations.AccessToken],
        });
        return new ClaimsPrincipal(identity);
    }
}
