using System.Diagnostics;
using System.Text.Json;
using Cloud.Contracts;

namespace Cloud.Persistence.Outbox;

/// <summary>An event written in the same transaction as the change that raised it, waiting for the relay.</summary>
public sealed class OutboxMessage
{
    public Guid Id { get; init; }

    /// <summary>Full name of the contract type in Cloud.Contracts.</summary>
    public required string Type { get; init; }

    public required string Payload { get; init; }

    /// <summary>W3C traceparent of the request that raised the event, so the trace continues across the broker.</summary>
    public string? TraceParent { get; init; }

    public DateTimeOffset CreatedAt { get; init; }

    public DateTimeOffset NextAttemptAt { get; init; }

    public int Attempts { get; init; }

    public string? LastError { get; init; }

    public DateTimeOffset? SentAt { get; init; }

    /// <summary>The row for an event: its contract's full name, JSON payload and the current trace (the county is the caller's to set).</summary>
    public static OutboxMessage For<TEvent>(TEvent @event)
        where TEvent : class, IIntegrationEvent => new()
    {
        Id = @event.EventId,
        Type = typeof(TEvent).FullName!,
        Payload = JsonSerializer.Serialize(@event),
        TraceParent = Activity.Current?.Id,
        CreatedAt = @event.OccurredAt,
        NextAttemptAt = @event.OccurredAt,
    };
}
