namespace Cloud.Members.Domain.Development.Rules;

/// <summary>M17: 党章第七条 — confirmation (or an extension) is discussed when the year of probation has ended; a cancellation may come earlier.</summary>
public sealed class ProbationPeriodRule : IDevelopmentRule
{
    public DevelopmentRefusal? Check(StepContext context) =>
        context.Step == DevelopmentStep.ConfirmationVote
        && context.Record.Outcome is ProbationOutcome.Confirm or ProbationOutcome.Extend
        && context.Case.ProbationEndsOn is { } end
        && context.Record.DecidedOn < end
            ? DevelopmentRefusal.OnDecisionDate("M17", $"预备期未满（{end:yyyy-MM-dd}期满），不能讨论转正")
            : null;
}
