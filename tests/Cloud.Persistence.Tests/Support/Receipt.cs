namespace Cloud.Persistence.Tests.Support;

/// <summary>What <see cref="ReceiptConsumer"/> writes per event it handles: a second effect of one event would be a second row.</summary>
public sealed class Receipt
{
    public Guid Id { get; init; } = Guid.NewGuid();

    public Guid EventId { get; init; }

    public Guid OrganizationId { get; init; }
}
