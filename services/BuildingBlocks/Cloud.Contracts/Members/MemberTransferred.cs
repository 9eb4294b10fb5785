namespace Cloud.Contracts.Members;

/// <summary>
/// A member's affiliation (组织关系) moved: within the county (<c>WithinCounty</c>), out of it (<c>Out</c>: the county keeps
/// a stub, the member no longer counts here) or into it (<c>In</c>). Statistical facts only, as after the move.
/// <see cref="OtherCounty"/> is the county on the other side of an <c>Out</c> or <c>In</c> on Cloud, null for an outside organization.
/// </summary>
public sealed record MemberTransferred(
    string TenantId,
    Guid EventId,
    DateTimeOffset OccurredAt,
    Guid MemberId,
    string Direction,
    string Reason,
    DateOnly TransferredOn,
    Guid? FromOrganizationId,
    Guid? ToOrganizationId,
    string? OtherCounty,
    MemberStatisticalFacts Facts) : IIntegrationEvent;
