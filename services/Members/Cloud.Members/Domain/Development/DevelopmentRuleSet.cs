namespace Cloud.Members.Domain.Development;

/// <summary>
/// The admission rules in force for cases that applied on or after <see cref="EffectiveFrom"/>: which steps may be
/// skipped, the least candidate training, and the rules checked, in order, before a step is recorded.
/// </summary>
public sealed class DevelopmentRuleSet(
    string code,
    string name,
    DateOnly effectiveFrom,
    TrainingMinimum? trainingMinimum,
    IReadOnlySet<DevelopmentStep> optionalSteps,
    IReadOnlyList<IDevelopmentRule> rules)
{
    public string Code => code;

    public string Name => name;

    public DateOnly EffectiveFrom => effectiveFrom;

    /// <summary>Null where the rules set no minimum.</summary>
    public TrainingMinimum? TrainingMinimum => trainingMinimum;

    public IReadOnlySet<DevelopmentStep> OptionalSteps => optionalSteps;

    public IReadOnlyList<IDevelopmentRule> Rules => rules;

    public bool IsOptional(DevelopmentStep step) => optionalSteps.Contains(step);

    /// <summary>The first rule the step breaks, or null.</summary>
    public DevelopmentRefusal? Check(StepContext context)
    {
        foreach (var rule in rules)
        {
            if (rule.Check(context) is { } refusal)
            {
                return refusal;
            }
        }

        return null;
    }
}
