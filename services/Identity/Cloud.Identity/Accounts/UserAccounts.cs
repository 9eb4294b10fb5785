using System.Security.Claims;
using Cloud.Identity.Data;
using Cloud.Identity.Domain;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Cloud.Identity.Accounts;

/// <summary>Creates users and sets passwords through ASP.NET Core Identity (hashing, security stamp), in the unit of work's county.</summary>
public sealed class UserAccounts(IdentityDbContext db, UserManager<CloudUser> users, AuditTrail audit, TimeProvider clock)
{
    /// <summary>Null when the login is taken in this county.</summary>
    public async Task<CloudUser?> CreateAsync(
        string login, string displayName, string? phone, string password, RoleAssignment roles, ClaimsPrincipal actor, CancellationToken cancellationToken)
    {
        if (await users.FindByNameAsync(login) is not null)
        {
            return null;
        }

        var user = CloudUser.Create(login, displayName, phone, roles, clock.GetUtcNow());
        audit.Record(AuditAction.UserCreated, actor.Id(), actor.Name(), user.Id.ToString());
        try
        {
            var result = await users.CreateAsync(user, password);
            return result.Succeeded ? user : throw new InvalidOperationException($"User not created: {string.Join(", ", result.Errors.Select(e => e.Code))}");
        }
        catch (DbUpdateException ex) when (ex.InnerException is Npgsql.PostgresException { SqlState: Npgsql.PostgresErrorCodes.UniqueViolation })
        {
            db.ChangeTracker.Clear();
            return null; // the same login was created at the same moment
        }
    }

    public async Task ResetPasswordAsync(CloudUser user, string password, ClaimsPrincipal actor)
    {
        user.PasswordHash = users.PasswordHasher.HashPassword(user, password);
        user.AccessFailedCount = 0;
        user.LockoutEnd = null;
        audit.Record(AuditAction.PasswordReset, actor.Id(), actor.Name(), user.Id.ToString());
        await users.UpdateSecurityStampAsync(user); // saves
    }
}
