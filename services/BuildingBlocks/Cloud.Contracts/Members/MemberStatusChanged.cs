namespace Cloud.Contracts.Members;

/// <summary>
/// A recorded decision changed a member's membership status (<c>Probationary</c> → <c>Full</c>) or state
/// (<c>Current</c> → <c>Deceased</c>, <c>Expelled</c>, <c>Withdrawn</c>, <c>Removed</c>); statistical facts only.
/// </summary>
public sealed record MemberStatusChanged(
    string TenantId,
    Guid EventId,
    DateTimeOffset OccurredAt,
    Guid MemberId,
    MemberStatisticalFacts Facts,
    string OldStatus,
    string NewStatus,
    string OldState,
    string NewState,
    DateOnly DecidedOn) : IIntegrationEvent;
