namespace Cloud.Members.Domain.Development.Rules;

/// <summary>M18: 党章第七条 — probation may be extended once, by no less than six months and no more than a year.</summary>
public sealed class ProbationExtensionRule : IDevelopmentRule
{
    public DevelopmentRefusal? Check(StepContext context)
    {
        if (context.Step is not (DevelopmentStep.ConfirmationVote or DevelopmentStep.ConfirmationApproval))
        {
            return null;
        }

        var decision = context.Step == DevelopmentStep.ConfirmationVote
            ? (context.Record.Outcome, context.Record.ExtensionMonths)
            : context.Case.ProbationDecision(context.Record) is { } d ? (d.Outcome, d.ExtensionMonths) : (null, null);
        if (decision.Item1 != ProbationOutcome.Extend)
        {
            return null;
        }

        if (context.Case.ProbationRound > 0)
        {
            return new DevelopmentRefusal("M18", "预备期只能延长一次");
        }

        return decision.Item2 is >= 6 and <= 12 ? null : new DevelopmentRefusal("M18", "延长预备期不能少于半年，最长不超过一年");
    }
}
