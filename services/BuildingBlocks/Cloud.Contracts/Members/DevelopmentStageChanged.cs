namespace Cloud.Contracts.Members;

/// <summary>
/// A development case (发展党员) entered a stage (<c>Applicant</c>, <c>Activist</c>, <c>Candidate</c>, <c>Probationary</c>,
/// <c>Full</c>, or an exit: <c>Withdrawn</c>, <c>NotAdopted</c>, <c>ProbationExtended</c>, <c>ProbationCancelled</c>).
/// Statistical facts only — organization, gender, birth year, Han or minority, education band, dates — never a name
/// or national ID. <see cref="MemberId"/> is set once the committee approved admission and a member record exists.
/// </summary>
public sealed record DevelopmentStageChanged(
    string TenantId,
    Guid EventId,
    DateTimeOffset OccurredAt,
    Guid CaseId,
    Guid OrganizationId,
    string Stage,
    string? PreviousStage,
    DateOnly StageSince,
    DateOnly ApplicationOn,
    string Gender,
    int BirthYear,
    bool IsMinority,
    string EducationBand,
    string Occupation,
    bool IsLeagueMember,
    Guid? MemberId) : IIntegrationEvent;
