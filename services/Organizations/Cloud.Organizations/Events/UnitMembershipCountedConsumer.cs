using Cloud.Persistence;
using Cloud.Contracts.Members;
using Cloud.Organizations.Data;
using MassTransit;
using Microsoft.EntityFrameworkCore;

namespace Cloud.Organizations.Events;

/// <summary>
/// Keeps each host unit's full member count from the Members service (for 应建未建). Runs inside the inbox transaction
/// with the message's county, so a redelivery is a no-op; an older count than the one kept changes nothing.
/// </summary>
public sealed class UnitMembershipCountedConsumer(OrganizationsDbContext db, ILogger<UnitMembershipCountedConsumer> logger) : IConsumer<UnitMembershipCounted>
{
    public async Task Consume(ConsumeContext<UnitMembershipCounted> context)
    {
        var e = context.Message;
        await db.LockAsync("unit-member-count", e.UnitId, context.CancellationToken);
        var unit = await db.HostUnits.FirstOrDefaultAsync(u => u.Id == e.UnitId, context.CancellationToken);

        // Ignored, unlike an organization's count: unit ids are made by this service's registry and units are never
        // deleted, so the Members service can only name a unit that is already here; an unknown id is a mistake, and
        // since every count is the whole count, the next count after a fix corrects it.
        if (unit is null)
        {
            logger.LogWarning("Membership count for unknown host unit {UnitId} ignored", e.UnitId);
            return;
        }

        unit.RecordFullMembers(e.FullMembers, e.OccurredAt);
    }
}
