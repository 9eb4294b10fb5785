using System.Collections.Concurrent;

namespace Cloud.Persistence.Messaging;

/// <summary>The queues of the service's own receive endpoints, as MassTransit configures them.</summary>
public sealed class ReceiveQueues
{
    private readonly ConcurrentDictionary<string, bool> _names = new();

    public IReadOnlyCollection<string> Names => [.. _names.Keys.Order(StringComparer.Ordinal)];

    public void Add(string queue) => _names.TryAdd(queue, true);
}
