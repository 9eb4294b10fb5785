namespace Cloud.Persistence.Messaging;

/// <summary>Messages waiting in the service's <c>_error</c> and <c>_skipped</c> queues, by queue name.</summary>
public sealed record QueueDepths(IReadOnlyDictionary<string, long> Error, IReadOnlyDictionary<string, long> Skipped)
{
    public static readonly QueueDepths None = new(new Dictionary<string, long>(), new Dictionary<string, long>());
}
