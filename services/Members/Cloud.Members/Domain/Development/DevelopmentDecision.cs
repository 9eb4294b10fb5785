namespace Cloud.Members.Domain.Development;

/// <summary>One recorded step of a case: a decision taken by a body on a day, never inferred from dates (domain.md §3.2).</summary>
public sealed class DevelopmentDecision
{
    private DevelopmentDecision()
    {
    }

    public Guid Id { get; private set; }

    public Guid CaseId { get; private set; }

    public DevelopmentStep Step { get; private set; }

    /// <summary>Probation round: 0, then 1 after an extension, so steps 22–24 are taken again for the extended probation.</summary>
    public int Round { get; private set; }

    public DateOnly DecidedOn { get; private set; }

    public string? DecidingBody { get; private set; }

    public string? DocumentNumber { get; private set; }

    public string? Note { get; private set; }

    /// <summary>Mentors (step 5) or sponsors (step 9): member ids.</summary>
    public Guid[] MemberIds { get; private set; } = [];

    public RecommendationMethod? RecommendationMethod { get; private set; }

    public PoliticalReviewResult? PoliticalReviewResult { get; private set; }

    public decimal? TrainingDays { get; private set; }

    public decimal? ClassHours { get; private set; }

    public DateOnly? PublicNoticeFrom { get; private set; }

    public DateOnly? PublicNoticeTo { get; private set; }

    public int? EligibleVoters { get; private set; }

    public int? VotesFor { get; private set; }

    public int? VotesAgainst { get; private set; }

    public ProbationOutcome? Outcome { get; private set; }

    public int? ExtensionMonths { get; private set; }

    public DecisionSource Source { get; private set; }

    public DateTimeOffset RecordedAt { get; private set; }

    public static DevelopmentDecision Of(Guid caseId, DevelopmentStep step, int round, StepRecord r, DecisionSource source, DateTimeOffset at) => new()
    {
        Id = Guid.NewGuid(),
        CaseId = caseId,
        Step = step,
        Round = round,
        DecidedOn = r.DecidedOn,
        DecidingBody = r.DecidingBody,
        DocumentNumber = r.DocumentNumber,
        Note = r.Note,
        MemberIds = [.. r.MemberIds ?? []],
        RecommendationMethod = r.RecommendationMethod,
        PoliticalReviewResult = r.PoliticalReviewResult,
        TrainingDays = r.TrainingDays,
        ClassHours = r.ClassHours,
        PublicNoticeFrom = r.PublicNoticeFrom,
        PublicNoticeTo = r.PublicNoticeTo,
        EligibleVoters = r.EligibleVoters,
        VotesFor = r.VotesFor,
        VotesAgainst = r.VotesAgainst,
        Outcome = r.Outcome,
        ExtensionMonths = r.ExtensionMonths,
        Source = source,
        RecordedAt = at,
    };
}
