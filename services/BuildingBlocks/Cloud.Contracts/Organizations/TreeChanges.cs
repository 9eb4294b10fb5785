namespace Cloud.Contracts.Organizations;

// Changes to the organization tree. Each carries the date it takes effect (EffectiveOn, the county's calendar date),
// which may lie before OccurredAt: the statistics are year-end snapshots and changes are often recorded late.
// Paths are dot-separated organization ids ("N" format) from the top of the county down; a consumer keeping a copy
// of the tree rewrites a moved organization's descendants by replacing the OldPath prefix with NewPath.

/// <summary>An organization's name changed.</summary>
public sealed record OrganizationRenamed(
    string TenantId,
    Guid EventId,
    DateTimeOffset OccurredAt,
    Guid OrganizationId,
    string OldName,
    string NewName,
    DateOnly EffectiveOn) : IIntegrationEvent;

/// <summary>An organization and its whole subtree moved under another parent (隶属关系调整).</summary>
public sealed record OrganizationMoved(
    string TenantId,
    Guid EventId,
    DateTimeOffset OccurredAt,
    Guid OrganizationId,
    Guid? OldParentOrganizationId,
    Guid? NewParentOrganizationId,
    string OldPath,
    string NewPath,
    DateOnly EffectiveOn) : IIntegrationEvent;

/// <summary>
/// <see cref="SourceOrganizationId"/> was merged into <see cref="TargetOrganizationId"/>. The source's children are
/// moved (one <see cref="OrganizationMoved"/> each) and the source is dissolved (<see cref="OrganizationDissolved"/>).
/// </summary>
public sealed record OrganizationsMerged(
    string TenantId,
    Guid EventId,
    DateTimeOffset OccurredAt,
    Guid SourceOrganizationId,
    Guid TargetOrganizationId,
    DateOnly EffectiveOn) : IIntegrationEvent;

/// <summary>
/// <see cref="SourceOrganizationId"/> was split into <see cref="NewOrganizationIds"/>. Each new organization is also
/// announced by <see cref="OrganizationRegistered"/>, and the source, when it ends, by <see cref="OrganizationDissolved"/>.
/// </summary>
public sealed record OrganizationSplit(
    string TenantId,
    Guid EventId,
    DateTimeOffset OccurredAt,
    Guid SourceOrganizationId,
    IReadOnlyList<Guid> NewOrganizationIds,
    DateOnly EffectiveOn) : IIntegrationEvent;

/// <summary>An organization ended (撤销). <see cref="Reason"/>: Dissolved, Merged, Split or TaskEnded (temporary branches).</summary>
public sealed record OrganizationDissolved(
    string TenantId,
    Guid EventId,
    DateTimeOffset OccurredAt,
    Guid OrganizationId,
    string Reason,
    DateOnly EffectiveOn) : IIntegrationEvent;

/// <summary>An organization's status changed other than by dissolution (e.g. Proposed → Active on approval).</summary>
public sealed record OrganizationStatusChanged(
    string TenantId,
    Guid EventId,
    DateTimeOffset OccurredAt,
    Guid OrganizationId,
    string OldStatus,
    string NewStatus,
    DateOnly EffectiveOn) : IIntegrationEvent;
