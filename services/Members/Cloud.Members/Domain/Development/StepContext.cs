namespace Cloud.Members.Domain.Development;

/// <summary>A step about to be recorded on a case, with what the rules need to judge it.</summary>
public sealed record StepContext(
    DevelopmentCase Case,
    DevelopmentStep Step,
    StepRecord Record,
    DevelopmentRuleSet RuleSet,
    DevelopmentSettings Settings,
    IReadOnlyList<MemberStanding> Members)
{
    /// <summary>The step's own decision date, or null when the earlier step it depends on is not recorded yet.</summary>
    public DateOnly? DateOf(DevelopmentStep step) => Case.Latest(step)?.DecidedOn;
}
