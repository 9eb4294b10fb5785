using Cloud.Contracts.Identity;
using Cloud.Members.Data;
using MassTransit;
using Microsoft.EntityFrameworkCore;

namespace Cloud.Members.Events;

/// <summary>
/// Notes a county that came onto Cloud, so a letter to it can be told from a letter to a mistyped code. Runs in the inbox
/// transaction; a county provisioned again (a new event for the same code) keeps one row, with the latest name.
/// </summary>
public sealed class TenantProvisionedConsumer(MembersDbContext db) : IConsumer<TenantProvisioned>
{
    public async Task Consume(ConsumeContext<TenantProvisioned> context)
    {
        var county = context.Message;
        await db.Database.ExecuteSqlAsync(
            $"""
            INSERT INTO counties_on_cloud (code, name, provisioned_at) VALUES ({county.TenantId}, {county.Name}, {county.OccurredAt})
            ON CONFLICT (code) DO UPDATE SET name = EXCLUDED.name
            """, context.CancellationToken);
    }
}
