namespace Cloud.Members.Domain.Development.Rules;

/// <summary>M7: 细则第十三条 — an activist becomes a candidate only after at least one year of cultivation.</summary>
public sealed class CultivationPeriodRule : IDevelopmentRule
{
    public DevelopmentRefusal? Check(StepContext context) =>
        context.Step == DevelopmentStep.CandidateDecision
        && context.DateOf(DevelopmentStep.ActivistDecision) is { } activist
        && context.Record.DecidedOn < activist.AddYears(1)
            ? DevelopmentRefusal.OnDecisionDate("M7", "积极分子培养期不满一年")
            : null;
}
