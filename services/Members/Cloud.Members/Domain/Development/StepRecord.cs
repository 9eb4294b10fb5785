namespace Cloud.Members.Domain.Development;

/// <summary>
/// One decision as the branch or the superior took it: the day, the deciding body, the document number and a note,
/// plus the data of its step (mentors, sponsors, review result, training, public notice, votes, probation outcome).
/// </summary>
public sealed record StepRecord(
    DateOnly DecidedOn,
    string? DecidingBody = null,
    string? DocumentNumber = null,
    string? Note = null,
    IReadOnlyList<Guid>? MemberIds = null,
    RecommendationMethod? RecommendationMethod = null,
    PoliticalReviewResult? PoliticalReviewResult = null,
    decimal? TrainingDays = null,
    decimal? ClassHours = null,
    DateOnly? PublicNoticeFrom = null,
    DateOnly? PublicNoticeTo = null,
    int? EligibleVoters = null,
    int? VotesFor = null,
    int? VotesAgainst = null,
    ProbationOutcome? Outcome = null,
    int? ExtensionMonths = null);
