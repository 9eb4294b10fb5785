namespace Cloud.Contracts.Organizations;

/// <summary>
/// A grassroots Party organization was added to a county's organization tree. <see cref="Kind"/> (branches only),
/// <see cref="Domain"/> and <see cref="Path"/> (dot-separated ids from the top down to this one) came later and may be null;
/// so did <see cref="EffectiveFrom"/> (the day it was set up, which the statistics as of a date count from),
/// <see cref="Township"/> (the 乡镇 it belongs to administratively) and <see cref="Status"/> (<c>Active</c> or <c>Proposed</c>).
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
    string? Path = null,
    DateOnly? EffectiveFrom = null,
    string? Township = null,
    string? Status = null) : IIntegrationEvent;
