using Cloud.Contracts;
using System.Security.Claims;
using Cloud.Members.Data;
using Cloud.Members.Domain.Members;
using Cloud.Members.Domain.Transfers;
using Cloud.Members.Security;
using Cloud.Persistence.OrganizationTree;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Cloud.Members.Api;

/// <summary>What the transfer endpoints need, as one <c>[AsParameters]</c> bag.</summary>
public sealed record TransferServices(ClaimsPrincipal User, MembersDbContext Db, NationalIdProtector Protector, TimeProvider Clock)
{
    public DateTimeOffset Now => Clock.GetUtcNow();

    public DateOnly Today => CountyCalendar.DateOf(Now);

    public string County => Db.Tenant.TenantId!;

    /// <summary>
    /// The member, locked for this transaction, if they may move: within the caller's scope (else neither member nor
    /// refusal: not found), still one of the county's members, and with no letter in transit to another county.
    /// </summary>
    public async Task<(PartyMember? Member, ProblemHttpResult? Refusal)> LockMovableMemberAsync(Guid id, CancellationToken cancellationToken)
    {
        var visible = Db.OrganizationsVisibleTo(User);
        var member = await Db.Members.FromSql($"SELECT * FROM members WHERE id = {id} FOR UPDATE")
            .Where(m => visible.Any(o => o.OrganizationId == m.OrganizationId))
            .FirstOrDefaultAsync(cancellationToken);
        if (member is null)
        {
            return (null, null);
        }

        if (member.State != MemberState.Current)
        {
            return (null, TransferProblems.NotCurrentMember());
        }

        return await Db.OutgoingTransfers.AnyAsync(t => t.MemberId == id && t.Status == OutgoingTransferStatus.InTransit, cancellationToken)
            ? (null, TransferProblems.InTransit())
            : (member, null);
    }
}
