namespace Cloud.Contracts.Members;

// Counts the Members service publishes so others need not copy member records. Each event carries the whole current
// count (not a delta), so a consumer keeps the one with the latest OccurredAt and redeliveries change nothing.

/// <summary>The members whose organizational affiliation (组织关系) is <see cref="OrganizationId"/>, by status.</summary>
public sealed record OrganizationMembershipCounted(
    string TenantId,
    Guid EventId,
    DateTimeOffset OccurredAt,
    Guid OrganizationId,
    int FullMembers,
    int ProbationaryMembers) : IIntegrationEvent;

/// <summary>The full members who work in host unit <see cref="UnitId"/> (whatever their affiliation), for 应建未建.</summary>
public sealed record UnitMembershipCounted(
    string TenantId,
    Guid EventId,
    DateTimeOffset OccurredAt,
    Guid UnitId,
    int FullMembers) : IIntegrationEvent;
