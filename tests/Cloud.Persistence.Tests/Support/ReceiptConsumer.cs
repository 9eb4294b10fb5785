using Cloud.Contracts.Organizations;
using MassTransit;

namespace Cloud.Persistence.Tests.Support;

/// <summary>A consumer as a service writes one: it only adds its effect; the inbox filter saves it in the inbox's transaction.</summary>
public sealed class ReceiptConsumer(TestDbContext db) : IConsumer<OrganizationRegistered>
{
    public const string Queue = "persistence-receipt";

    public Task Consume(ConsumeContext<OrganizationRegistered> context)
    {
        db.Receipts.Add(new Receipt { EventId = context.Message.EventId, OrganizationId = context.Message.OrganizationId });
        return Task.CompletedTask;
    }
}
