namespace Cloud.Persistence.Inbox;

/// <summary>A message a consumer has processed; its key makes a redelivery a no-op.</summary>
public sealed class InboxMessage
{
    public required string Consumer { get; init; }

    public Guid MessageId { get; init; }

    public DateTimeOffset ReceivedAt { get; init; }
}
