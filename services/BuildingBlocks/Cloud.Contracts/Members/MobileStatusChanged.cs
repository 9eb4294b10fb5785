namespace Cloud.Contracts.Members;

/// <summary>A member became a mobile member (流动党员, away ≥ 6 months) or stopped being one; no destination or contact.</summary>
public sealed record MobileStatusChanged(
    string TenantId,
    Guid EventId,
    DateTimeOffset OccurredAt,
    Guid MemberId,
    MemberStatisticalFacts Facts,
    bool IsMobile,
    DateOnly On) : IIntegrationEvent;
