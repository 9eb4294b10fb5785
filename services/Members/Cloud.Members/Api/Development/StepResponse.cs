using Cloud.Members.Domain.Development;

namespace Cloud.Members.Api.Development;

/// <summary>
/// One of the 25 steps of a case: its number, names, stage (1–5), its decisions, and for steps with deadlines the due
/// date with the rule behind it; <c>overdue</c> when it awaits a decision past its due date, <c>late</c> when it was decided after it.
/// </summary>
public sealed record StepResponse(
    int Number,
    string Step,
    string Name,
    int Phase,
    bool Optional,
    bool Done,
    DateOnly? DueOn,
    DateOnly? EarliestOn,
    DateOnly? LimitOn,
    string? DeadlineRule,
    bool Overdue,
    bool Late,
    IReadOnlyList<DecisionResponse> Decisions)
{
    public static StepResponse From(StepProgress p, DateOnly today) => new(
        p.Step.Number(), p.Step.ToString(), p.Step.ChineseName(), p.Step.Phase(), p.IsOptional, p.Decisions.Count > 0,
        p.DueOn, p.EarliestOn, p.LimitOn, p.DeadlineRule, p.IsOverdue(today), p.IsLate, [.. p.Decisions.Select(DecisionResponse.From)]);
}
