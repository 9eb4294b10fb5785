using Microsoft.EntityFrameworkCore;

namespace Cloud.Members.Data;

/// <summary>Serializes writers of one member's record and side states for the rest of the current transaction.</summary>
public static class MemberWriteLock
{
    /// <summary>Takes the lock; call inside a transaction, which releases it on commit or rollback.</summary>
    public static async Task LockMemberAsync(this MembersDbContext db, Guid memberId, CancellationToken cancellationToken)
    {
        var key = $"member:{db.Tenant.TenantId}:{memberId:N}";
        await db.Database.ExecuteSqlAsync($"SELECT pg_advisory_xact_lock(hashtextextended({key}, 0))", cancellationToken);
    }
}
