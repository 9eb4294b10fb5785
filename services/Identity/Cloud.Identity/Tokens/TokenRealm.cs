using System.Security.Claims;
using Cloud.Identity.Data;
using Cloud.Identity.Domain;
using Cloud.ServiceDefaults.Auth;
using Microsoft.EntityFrameworkCore;

namespace Cloud.Identity.Tokens;

/// <summary>Finds the user behind a refresh token, code or cookie again, and refuses a disabled user or a suspended county.</summary>
public static class TokenRealm
{
    public static async Task<(CloudUser? User, string Realm)> FindActiveUserAsync(IdentityDbContext db, ClaimsPrincipal principal, CancellationToken cancellationToken)
    {
        var realm = principal.FindFirst(TokenPrincipals.RealmClaim)?.Value ?? Realm.Platform;
        if (!Guid.TryParse(principal.FindFirst(CloudClaims.Subject)?.Value, out var userId)
            || !(Realm.IsPlatform(realm) || County.IsCountyCode(realm)))
        {
            return (null, realm);
        }

        db.Tenant.Set(realm);
        if (!Realm.IsPlatform(realm) && await db.Counties.AsNoTracking().FirstOrDefaultAsync(c => c.Code == realm, cancellationToken) is not { IsActive: true })
        {
            return (null, realm);
        }

        var user = await db.Users.AsNoTracking().FirstOrDefaultAsync(u => u.Id == userId, cancellationToken);
        return (user is { IsActive: true } ? user : null, realm);
    }
}
