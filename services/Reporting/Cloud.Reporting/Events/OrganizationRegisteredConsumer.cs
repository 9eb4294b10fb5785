using Cloud.Contracts.Organizations;
using Cloud.Reporting.Data;
using Cloud.Reporting.Domain;
using MassTransit;

namespace Cloud.Reporting.Events;

/// <summary>Keeps the organization count current. Runs inside the inbox transaction, so a redelivery is a no-op.</summary>
public sealed class OrganizationRegisteredConsumer(ReportingDbContext db) : IConsumer<OrganizationRegistered>
{
    public Task Consume(ConsumeContext<OrganizationRegistered> context)
    {
        var e = context.Message;
        db.Organizations.Add(OrganizationSnapshot.Of(e.OrganizationId, e.Name, e.Type, e.ParentOrganizationId, e.OccurredAt));
        return Task.CompletedTask;
    }
}
