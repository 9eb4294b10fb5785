namespace Cloud.Members.Domain.Development;

/// <summary>
/// Where one step of a case stands: its decisions, and for the steps with deadlines the due date (and the latest
/// allowed date, or the earliest) with the rule that sets it. <see cref="IsOpen"/> means the step awaits a decision now.
/// </summary>
public sealed record StepProgress(
    DevelopmentStep Step,
    bool IsOptional,
    IReadOnlyList<DevelopmentDecision> Decisions,
    DateOnly? DueOn,
    DateOnly? EarliestOn,
    DateOnly? LimitOn,
    string? DeadlineRule,
    bool IsOpen,
    bool IsLate)
{
    /// <summary>Open, and its due date has passed (flagged for the branch; nothing is decided automatically).</summary>
    public bool IsOverdue(DateOnly today) => IsOpen && DueOn < today;
}
