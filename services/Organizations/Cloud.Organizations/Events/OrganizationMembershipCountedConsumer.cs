using Cloud.Persistence;
using Cloud.Contracts.Members;
using Cloud.Organizations.Data;
using Cloud.Organizations.Domain.Units;
using MassTransit;
using Microsoft.EntityFrameworkCore;

namespace Cloud.Organizations.Events;

/// <summary>
/// Keeps each organization's full and probationary member counts from the Members service. Runs inside the inbox
/// transaction with the message's county, so a redelivery is a no-op; an older count than the one kept changes nothing.
/// </summary>
public sealed class OrganizationMembershipCountedConsumer(OrganizationsDbContext db) : IConsumer<OrganizationMembershipCounted>
{
    public async Task Consume(ConsumeContext<OrganizationMembershipCounted> context)
    {
        var e = context.Message;
        // Two counts of one organization (replicas, prefetch) take turns, so the newer one always wins.
        await db.LockAsync("member-count", e.OrganizationId, context.CancellationToken);
        var kept = await db.MemberCounts.FirstOrDefaultAsync(c => c.OrganizationId == e.OrganizationId, context.CancellationToken);

        // A count for an organization not (or no longer) here is kept anyway: it costs one row, reads join it to the
        // organization so it never shows alone, and it is there if the organization arrives later (e.g. an import
        // with its original id). Dropping it would lose a count that no later event may repeat.
        if (kept is null)
        {
            db.MemberCounts.Add(OrganizationMemberCount.Counted(e.OrganizationId, e.FullMembers, e.ProbationaryMembers, e.OccurredAt));
            return;
        }

        kept.Record(e.FullMembers, e.ProbationaryMembers, e.OccurredAt);
    }
}
