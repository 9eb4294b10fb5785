namespace Cloud.Organizations.Domain.Leadership;

/// <summary>What changed in an organization's leadership; each change becomes exactly one event.</summary>
public enum LeadershipChangeKind
{
    TermStarted,
    TermExtended,
    TermApprovalRecorded,
    TermClosed,
    PositionAssigned,
    PositionEnded,
    SecretaryVacancyOpened,
    SecretaryVacancyFilled,
}
