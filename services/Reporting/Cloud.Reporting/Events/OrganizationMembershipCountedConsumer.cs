using Cloud.Contracts.Members;
using Cloud.Reporting.Data;
using MassTransit;
using Microsoft.EntityFrameworkCore;

namespace Cloud.Reporting.Events;

/// <summary>
/// Keeps each organization's member count from the Members service. Runs inside the inbox transaction with the event's
/// county, so a redelivery is a no-op; each event carries the whole count, so the latest one taken wins.
/// </summary>
public sealed class OrganizationMembershipCountedConsumer(ReportingDbContext db) : IConsumer<OrganizationMembershipCounted>
{
    public async Task Consume(ConsumeContext<OrganizationMembershipCounted> context)
    {
        var e = context.Message;
        // One statement: concurrent counts of one organization take turns on its row, and an older or equally old count
        // (delivered late) changes nothing.
        await db.Database.ExecuteSqlAsync(
            $"""
            INSERT INTO organization_member_counts (tenant_id, organization_id, full_members, probationary_members, counted_at)
            VALUES ({e.TenantId}, {e.OrganizationId}, {e.FullMembers}, {e.ProbationaryMembers}, {e.OccurredAt})
            ON CONFLICT (tenant_id, organization_id) DO UPDATE
            SET full_members = EXCLUDED.full_members, probationary_members = EXCLUDED.probationary_members, counted_at = EXCLUDED.counted_at
            WHERE organization_member_counts.counted_at < EXCLUDED.counted_at
            """,
            context.CancellationToken);
    }
}
