namespace Cloud.Contracts.Members;

/// <summary>
/// A member's lost-contact side state (失联党员) changed: <c>LostContact</c>, <c>Suspended</c> (停止党籍),
/// <c>Restored</c> (恢复党籍 / contact regained) or <c>Removed</c> (除名). Statistical facts only.
/// </summary>
public sealed record LostContactChanged(
    string TenantId,
    Guid EventId,
    DateTimeOffset OccurredAt,
    Guid MemberId,
    MemberStatisticalFacts Facts,
    string Situation,
    DateOnly On) : IIntegrationEvent;
