namespace Cloud.Portal.Api.Development;

/// <summary>POST /api/members/development: an application that opens a case (enums by name).</summary>
public sealed record OpenCaseRequest(
    string? Name,
    string? NationalId,
    string? Gender,
    string? Ethnicity,
    DateOnly? BirthDate,
    string? Education,
    string? Occupation,
    Guid? OrganizationId,
    DateOnly? ApplicationOn,
    bool IsLeagueMember,
    string? Note);

/// <summary>POST /api/members/development/{id}/steps/{step}: the decision and what the step needs.</summary>
public sealed record StepRequest(
    DateOnly? DecidedOn,
    string? DecidingBody,
    string? DocumentNumber,
    string? Note,
    Guid[]? MemberIds,
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

/// <summary>POST …/withdrawal or …/not-adopted: the day, who decided, the document and why.</summary>
public sealed record ExitRequest(DateOnly? DecidedOn, string? DecidingBody, string? DocumentNumber, string? Note);

/// <summary>GET/PUT /api/members/development/settings.</summary>
public sealed record DevelopmentSettings(int? PublicNoticeWorkingDays, int? LeagueRecommendationMaxAge);
