using Cloud.Identity.Domain;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Cloud.Identity.Data;

/// <summary>
/// ASP.NET Core Identity's view of the users table. Our own store rather than the EF one: users are keyed by
/// (tenant_id, id), and every lookup stays inside the unit of work's county (query filter and row-level security).
/// </summary>
public sealed class CloudUserStore(IdentityDbContext db) :
    IUserPasswordStore<CloudUser>, IUserSecurityStampStore<CloudUser>, IUserLockoutStore<CloudUser>
{
    public Task<string> GetUserIdAsync(CloudUser user, CancellationToken cancellationToken) => Task.FromResult(user.Id.ToString());

    public Task<string?> GetUserNameAsync(CloudUser user, CancellationToken cancellationToken) => Task.FromResult<string?>(user.Login);

    public Task SetUserNameAsync(CloudUser user, string? userName, CancellationToken cancellationToken)
    {
        user.Login = userName ?? string.Empty;
        return Task.CompletedTask;
    }

    public Task<string?> GetNormalizedUserNameAsync(CloudUser user, CancellationToken cancellationToken) => Task.FromResult<string?>(user.NormalizedLogin);

    public Task SetNormalizedUserNameAsync(CloudUser user, string? normalizedName, CancellationToken cancellationToken)
    {
        user.NormalizedLogin = normalizedName ?? string.Empty;
        return Task.CompletedTask;
    }

    public async Task<IdentityResult> CreateAsync(CloudUser user, CancellationToken cancellationToken)
    {
        db.Users.Add(user);
        await db.SaveChangesAsync(cancellationToken);
        return IdentityResult.Success;
    }

    public async Task<IdentityResult> UpdateAsync(CloudUser user, CancellationToken cancellationToken)
    {
        await db.SaveChangesAsync(cancellationToken);
        return IdentityResult.Success;
    }

    public async Task<IdentityResult> DeleteAsync(CloudUser user, CancellationToken cancellationToken)
    {
        db.Users.Remove(user);
        await db.SaveChangesAsync(cancellationToken);
        return IdentityResult.Success;
    }

    public async Task<CloudUser?> FindByIdAsync(string userId, CancellationToken cancellationToken) =>
        Guid.TryParse(userId, out var id) ? await db.Users.FirstOrDefaultAsync(u => u.Id == id, cancellationToken) : null;

    public Task<CloudUser?> FindByNameAsync(string normalizedUserName, CancellationToken cancellationToken) =>
        db.Users.FirstOrDefaultAsync(u => u.NormalizedLogin == normalizedUserName, cancellationToken);

    public Task SetPasswordHashAsync(CloudUser user, string? passwordHash, CancellationToken cancellationToken)
    {
        user.PasswordHash = passwordHash;
        return Task.CompletedTask;
    }

    public Task<string?> GetPasswordHashAsync(CloudUser user, CancellationToken cancellationToken) => Task.FromResult(user.PasswordHash);

    public Task<bool> HasPasswordAsync(CloudUser user, CancellationToken cancellationToken) => Task.FromResult(user.PasswordHash is not null);

    public Task SetSecurityStampAsync(CloudUser user, string stamp, CancellationToken cancellationToken)
    {
        user.SecurityStamp = stamp;
        return Task.CompletedTask;
    }

    public Task<string?> GetSecurityStampAsync(CloudUser user, CancellationToken cancellationToken) => Task.FromResult(user.SecurityStamp);

    public Task<DateTimeOffset?> GetLockoutEndDateAsync(CloudUser user, CancellationToken cancellationToken) => Task.FromResult(user.LockoutEnd);

    public Task SetLockoutEndDateAsync(CloudUser user, DateTimeOffset? lockoutEnd, CancellationToken cancellationToken)
    {
        user.LockoutEnd = lockoutEnd;
        return Task.CompletedTask;
    }

    public Task<int> IncrementAccessFailedCountAsync(CloudUser user, CancellationToken cancellationToken) => Task.FromResult(++user.AccessFailedCount);

    public Task ResetAccessFailedCountAsync(CloudUser user, CancellationToken cancellationToken)
    {
        user.AccessFailedCount = 0;
        return Task.CompletedTask;
    }

    public Task<int> GetAccessFailedCountAsync(CloudUser user, CancellationToken cancellationToken) => Task.FromResult(user.AccessFailedCount);

    // Every account can be locked out (PasswordPolicy.MaxFailedSignIns).
    public Task<bool> GetLockoutEnabledAsync(CloudUser user, CancellationToken cancellationToken) => Task.FromResult(true);

    public Task SetLockoutEnabledAsync(CloudUser user, bool enabled, CancellationToken cancellationToken) => Task.CompletedTask;

    public void Dispose()
    {
    }
}
