namespace Cloud.Portal.Api.Development;

/// <summary>A case with its 25 steps (GET /api/members/development/{id}).</summary>
public sealed record DevelopmentCase(
    Guid Id,
    string Name,
    string NationalId,
    string Gender,
    string Ethnicity,
    DateOnly BirthDate,
    int AgeAtApplication,
    string Education,
    string Occupation,
    bool IsLeagueMember,
    Guid OrganizationId,
    string? OrganizationName,
    DateOnly ApplicationOn,
    string RuleSet,
    string Stage,
    DateOnly StageSince,
    DateOnly? ProbationEndsOn,
    DateOnly? ConfirmedOn,
    Guid? MemberId,
    DateOnly? ClosedOn,
    string? ClosingNote,
    DateOnly? NextDueOn,
    bool Overdue,
    IReadOnlyList<string> Advisories,
    IReadOnlyList<DevelopmentStepProgress> Steps)
{
    /// <summary>Open cases take steps; withdrawn, not adopted, cancelled and archived ones are history.</summary>
    public bool IsOpen => Stage is "Applicant" or "Activist" or "Candidate" or "Probationary" or "ProbationExtended";

    /// <summary>Only applicants, activists and candidates may withdraw or be not adopted (the API's rule M21).</summary>
    public bool MayClose => Stage is "Applicant" or "Activist" or "Candidate";
}

/// <summary>One of the 25 steps: done, due (with the rule behind the date), overdue, or not yet.</summary>
public sealed record DevelopmentStepProgress(
    int Number,
    string Step,
    string Name,
    int Phase,
    bool Optional,
    bool Done,
    DateOnly? DueOn,
    DateOnly? EarliestOn,
    DateOnly? LimitOn,
    string? DeadlineRule,
    bool Overdue,
    bool Late,
    IReadOnlyList<DevelopmentDecision> Decisions);

/// <summary>A recorded decision of a step.</summary>
public sealed record DevelopmentDecision(
    DateOnly DecidedOn,
    string? DecidingBody,
    string? DocumentNumber,
    string? Note,
    string? RecommendationMethod,
    string? PoliticalReviewResult,
    decimal? TrainingDays,
    decimal? ClassHours,
    DateOnly? PublicNoticeFrom,
    DateOnly? PublicNoticeTo,
    int? EligibleVoters,
    int? VotesFor,
    int? VotesAgainst,
    string? Outcome,
    int? ExtensionMonths);
