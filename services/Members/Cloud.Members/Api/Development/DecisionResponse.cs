using Cloud.Members.Domain.Development;

namespace Cloud.Members.Api.Development;

/// <summary>One recorded decision of a step.</summary>
public sealed record DecisionResponse(
    Guid Id,
    int Round,
    DateOnly DecidedOn,
    string? DecidingBody,
    string? DocumentNumber,
    string? Note,
    Guid[] MemberIds,
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
    int? ExtensionMonths,
    string Source,
    DateTimeOffset RecordedAt)
{
    public static DecisionResponse From(DevelopmentDecision d) => new(
        d.Id, d.Round, d.DecidedOn, d.DecidingBody, d.DocumentNumber, d.Note, d.MemberIds, d.RecommendationMethod?.ToString(),
        d.PoliticalReviewResult?.ToString(), d.TrainingDays, d.ClassHours, d.PublicNoticeFrom, d.PublicNoticeTo, d.EligibleVoters,
        d.VotesFor, d.VotesAgainst, d.Outcome?.ToString(), d.ExtensionMonths, d.Source.ToString(), d.RecordedAt);
}
