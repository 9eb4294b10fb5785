using Cloud.Contracts.Identity;
using Cloud.Organizations.Data;
using Cloud.Organizations.Domain;
using MassTransit;
using Microsoft.EntityFrameworkCore;

namespace Cloud.Organizations.Events;

/// <summary>
/// Gives a newly provisioned county the top of its tree, the county committee (中共{county}委员会). Runs inside the inbox
/// transaction, so a redelivery is a no-op; the check and the unique index keep it to one per county even for a new event id.
/// </summary>
public sealed class TenantProvisionedConsumer(OrganizationsDbContext db, TimeProvider clock) : IConsumer<TenantProvisioned>
{
    public async Task Consume(ConsumeContext<TenantProvisioned> context)
    {
        // Two deliveries of different events for one county (replicas) take turns here, so the second one sees the
        // first one's committee instead of failing on the unique index; the lock ends with the inbox transaction.
        await db.Database.ExecuteSqlAsync(
            $"SELECT pg_advisory_xact_lock(hashtextextended({"county-committee:" + context.Message.TenantId}, 0))",
            context.CancellationToken);
        if (await db.Organizations.AnyAsync(o => o.Type == OrganizationType.CountyCommittee, context.CancellationToken))
        {
            return;
        }

        var committee = Organization.RegisterCountyCommittee(context.Message.Name, clock.GetUtcNow());
        db.Organizations.Add(committee);
        db.Publish(OrganizationEvents.Registered(context.Message.TenantId, committee));
    }
}
