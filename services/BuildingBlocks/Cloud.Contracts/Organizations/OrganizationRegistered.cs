namespace Cloud.Contracts.Organizations;

/// <summary>
/// A grassroots Party organization was added to a county's organization tree. <see cref="Kind"/> (branches only),
/// <see cref="Domain"/> and <see cref="Path"/> (dot-separated ids from the top down to this one) came later and may be null.
/// </summary>
public sealed record OrganizationRegistered(
    string TenantId,
    Guid EventId,
    DateTimeOffset OccurredAt,
    Guid OrganizationId,
    string Name,
    string Type,
    Guid? ParentOrganizationId,
    string? Kind = null,
    string? Domain = null,
    string? Path = null) : IIntegrationEvent;
