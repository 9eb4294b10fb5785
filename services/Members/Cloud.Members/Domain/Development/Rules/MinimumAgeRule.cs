using Cloud.Members.Domain.Members;

namespace Cloud.Members.Domain.Development.Rules;

/// <summary>M1: 党章第一条, 细则第五条 — only a person who has reached 18 may apply.</summary>
public sealed class MinimumAgeRule : IDevelopmentRule
{
    public const int MinimumAge = 18;

    public DevelopmentRefusal? Check(StepContext context) =>
        context.Step == DevelopmentStep.SubmitApplication && Age.Years(context.Case.BirthDate, context.Record.DecidedOn) < MinimumAge
            ? DevelopmentRefusal.OnDecisionDate("M1", "申请人未满18周岁")
            : null;
}
