using System.Runtime.CompilerServices;
using Cloud.Identity.Data;
using Cloud.Identity.Domain;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Caching.Memory;

namespace Cloud.Identity.Accounts;

/// <summary>
/// Checks a login and password for the sign-in page and the password grant. Every failure takes the same path (a
/// password hash is verified even for an unknown login) and gives the same message; 5 failures lock for 15 minutes,
/// for unknown logins too, so the lockout message does not reveal which logins exist either.
/// </summary>
public sealed class PasswordSignIn(
    IdentityDbContext db,
    UserManager<CloudUser> users,
    AuditTrail audit,
    IMemoryCache unknownLogins,
    ILogger<PasswordSignIn> logger)
{
    // A real hash to verify against when there is no user, so unknown logins cost the same time as wrong passwords.
    private static readonly Lazy<string> DummyHash = new(() => new PasswordHasher<CloudUser>().HashPassword(null!, Guid.NewGuid().ToString()));

    public async Task<SignInOutcome> SignInAsync(SignInName name, string? password, CancellationToken cancellationToken)
    {
        password ??= string.Empty;
        if (!name.IsWellFormed)
        {
            VerifyDummy(password);
            return SignInOutcome.Failed(name.Realm);
        }

        db.Tenant.Set(name.Realm);
        var county = Realm.IsPlatform(name.Realm) ? null : await db.Counties.FindAsync([name.Realm], cancellationToken);
        if (!Realm.IsPlatform(name.Realm) && county is null)
        {
            VerifyDummy(password);
            return CountFailure(name) >= PasswordPolicy.MaxFailedSignIns ? SignInOutcome.Locked(name.Realm) : SignInOutcome.Failed(name.Realm);
        }

        var user = await users.FindByNameAsync(name.Login);
        if (user is null)
        {
            VerifyDummy(password);
            return await UnknownLoginFailedAsync(name, cancellationToken);
        }

        if (await users.IsLockedOutAsync(user))
        {
            VerifyDummy(password);
            audit.Record(AuditAction.SignInFailed, user.Id.ToString(), user.Login, "locked");
            await db.SaveChangesAsync(cancellationToken);
            return SignInOutcome.Locked(name.Realm);
        }

        if (!await users.CheckPasswordAsync(user, password))
        {
            await users.AccessFailedAsync(user);
            var locked = await users.IsLockedOutAsync(user);
            audit.Record(locked ? AuditAction.LockedOut : AuditAction.SignInFailed, user.Id.ToString(), user.Login, user.Id.ToString());
            await db.SaveChangesAsync(cancellationToken);
            return locked ? SignInOutcome.Locked(name.Realm) : SignInOutcome.Failed(name.Realm);
        }

        if (!user.IsActive || county is { IsActive: false })
        {
            audit.Record(AuditAction.SignInFailed, user.Id.ToString(), user.Login, user.IsActive ? "county-suspended" : "user-disabled");
            await db.SaveChangesAsync(cancellationToken);
            return SignInOutcome.Failed(name.Realm);
        }

        await users.ResetAccessFailedCountAsync(user);
        audit.Record(AuditAction.SignIn, user.Id.ToString(), user.Login, user.Id.ToString());
        await db.SaveChangesAsync(cancellationToken);
        logger.LogInformation("User {UserId} signed in to realm {Realm}", user.Id, name.Realm);
        return SignInOutcome.Success(user, name.Realm);
    }

    private async Task<SignInOutcome> UnknownLoginFailedAsync(SignInName name, CancellationToken cancellationToken)
    {
        var count = CountFailure(name);
        audit.Record(count >= PasswordPolicy.MaxFailedSignIns ? AuditAction.LockedOut : AuditAction.SignInFailed, null, name.Login, null);
        await db.SaveChangesAsync(cancellationToken);
        return count >= PasswordPolicy.MaxFailedSignIns ? SignInOutcome.Locked(name.Realm) : SignInOutcome.Failed(name.Realm);
    }

    // Failures of logins that do not exist are counted in memory (per replica): enough to answer like a real lockout.
    private int CountFailure(SignInName name)
    {
        var failures = unknownLogins.GetOrCreate($"unknown-login:{name.Realm}:{name.Login.ToUpperInvariant()}", entry =>
        {
            entry.AbsoluteExpirationRelativeToNow = PasswordPolicy.LockoutDuration;
            return new StrongBox<int>();
        })!;
        return Interlocked.Increment(ref failures.Value);
    }

    private static void VerifyDummy(string password) =>
        new PasswordHasher<CloudUser>().VerifyHashedPassword(null!, DummyHash.Value, password);
}
