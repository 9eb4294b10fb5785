using System.Security.Claims;
using Cloud.Members.Data;
using Cloud.Members.Domain.Members;
using Cloud.Members.Domain.Transfers;
using Cloud.Members.Security;
using Cloud.Persistence.OrganizationTree;
using Microsoft.EntityFrameworkCore;

namespace Cloud.Members.Api;

/// <summary>What the transfer endpoints need, as one <c>[AsParameters]</c> bag.</summary>
public sealed record TransferServices(ClaimsPrincipal User, MembersDbContext Db, NationalIdProtector Protector, TimeProvider Clock)
{
    public DateTimeOffset Now => Clock.GetUtcNow();

    public DateOnly Today => DateOnly.FromDateTime(Now.UtcDateTime);

    public string County => Db.Tenant.TenantId!;

    /// <summary>The member, locked for this transaction, if their organization is within the caller's scope.</summary>
    public Task<PartyMember?> LockVisibleMemberAsync(Guid id, CancellationToken cancellationToken)
    {
        var visible = Db.OrganizationsVisibleTo(User);
        return Db.Members.FromSql($"SELECT * FROM members WHERE id = {id} FOR UPDATE")
            .Where(m => visible.Any(o => o.OrganizationId == m.OrganizationId))
            .FirstOrDefaultAsync(cancellationToken);
    }

    /// <summary>Whether a letter for the member is still in transit to another county (the member cannot move meanwhile).</summary>
    public Task<bool> HasTransferInTransitAsync(Guid memberId, CancellationToken cancellationToken) =>
        Db.OutgoingTransfers.AnyAsync(t => t.MemberId == memberId && t.Status == OutgoingTransferStatus.InTransit, cancellationToken);
}
