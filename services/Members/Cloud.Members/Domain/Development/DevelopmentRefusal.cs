namespace Cloud.Members.Domain.Development;

/// <summary>
/// Why a step cannot be recorded: the rule (domain.md number, e.g. "M7"), its statement in Chinese, and, when the refusal
/// is about one of the <see cref="StepRecord"/>'s dates, that field's name, so a form can show the refusal beside it.
/// </summary>
public sealed record DevelopmentRefusal(string Rule, string Message, string? Field = null)
{
    /// <summary>A refusal about the day the decision was taken (too early, too late).</summary>
    public static DevelopmentRefusal OnDecisionDate(string rule, string message) => new(rule, message, nameof(StepRecord.DecidedOn));
}
