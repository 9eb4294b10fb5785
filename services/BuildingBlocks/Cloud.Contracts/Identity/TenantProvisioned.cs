namespace Cloud.Contracts.Identity;

/// <summary>A county was onboarded as a tenant; <see cref="City"/> is the 4-digit code of the city above it.</summary>
public sealed record TenantProvisioned(
    string TenantId,
    Guid EventId,
    DateTimeOffset OccurredAt,
    string Name,
    string City) : IIntegrationEvent;
