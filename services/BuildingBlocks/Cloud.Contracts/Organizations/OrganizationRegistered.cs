namespace Cloud.Contracts.Organizations;

/// <summary>A grassroots Party organization was added to a county's organization tree.</summary>
public sealed record OrganizationRegistered(
    string TenantId,
    Guid EventId,
    DateTimeOffset OccurredAt,
    Guid OrganizationId,
    string Name,
    string Type,
    Guid? ParentOrganizationId) : IIntegrationEvent;
