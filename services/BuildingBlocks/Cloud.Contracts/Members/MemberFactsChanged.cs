namespace Cloud.Contracts.Members;

/// <summary>A member's recorded facts were corrected or updated; both versions, statistical facts only.</summary>
public sealed record MemberFactsChanged(
    string TenantId,
    Guid EventId,
    DateTimeOffset OccurredAt,
    Guid MemberId,
    MemberStatisticalFacts Facts,
    MemberStatisticalFacts Previous) : IIntegrationEvent;
