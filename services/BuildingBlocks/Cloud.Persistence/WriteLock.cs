using Microsoft.EntityFrameworkCore;

namespace Cloud.Persistence;

/// <summary>
/// Serializes writers of one thing (an organization's units, ratings, flags; a membership count) for the rest of the
/// current transaction, so a read-check-write sequence cannot interleave with another one.
/// </summary>
public static class WriteLock
{
    /// <summary>Takes the lock; call inside a transaction, which releases it on commit or rollback.</summary>
    public static async Task LockAsync(this CloudDbContext db, string purpose, Guid id, CancellationToken cancellationToken)
    {
        var key = $"{purpose}:{db.Tenant.TenantId}:{id:N}";
        await db.Database.ExecuteSqlAsync($"SELECT pg_advisory_xact_lock(hashtextextended({key}, 0))", cancellationToken);
    }
}
