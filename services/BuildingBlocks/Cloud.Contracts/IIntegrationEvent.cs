namespace Cloud.Contracts;

/// <summary>
/// The shape every integration event shares. Events are immutable records named in the past tense;
/// contracts change additively only, a breaking change is a new record type.
/// </summary>
public interface IIntegrationEvent
{
    /// <summary>6-digit county code the event belongs to; consumers take the tenant from here.</summary>
    string TenantId { get; }

    /// <summary>Unique per event; also the broker message id, so redeliveries are recognised.</summary>
    Guid EventId { get; }

    DateTimeOffset OccurredAt { get; }
}
