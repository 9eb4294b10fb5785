using Cloud.Contracts.Identity;
using Cloud.Reporting.Data;
using MassTransit;
using Microsoft.EntityFrameworkCore;

namespace Cloud.Reporting.Events;

/// <summary>Notes a county that came onto Cloud and its city; provisioned again, it keeps one row with the latest name.</summary>
public sealed class TenantProvisionedConsumer(ReportingDbContext db) : IConsumer<TenantProvisioned>
{
    public Task Consume(ConsumeContext<TenantProvisioned> context)
    {
        var county = context.Message;
        return db.Database.ExecuteSqlAsync(
            $"""
            INSERT INTO counties (code, name, city, provisioned_at) VALUES ({county.TenantId}, {county.Name}, {county.City}, {county.OccurredAt})
            ON CONFLICT (code) DO UPDATE SET name = EXCLUDED.name, city = EXCLUDED.city
            """,
            context.CancellationToken);
    }
}
