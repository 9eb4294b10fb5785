namespace Cloud.Members.Domain.Development.Rules;

/// <summary>M15: 细则第二十五条 — the committee approves within three months of the vote; extended, never beyond six.</summary>
public sealed class ApprovalPeriodRule : IDevelopmentRule
{
    public const int MaxMonths = 6;

    public DevelopmentRefusal? Check(StepContext context) =>
        context.Step == DevelopmentStep.CommitteeApproval
        && context.DateOf(DevelopmentStep.AdmissionVote) is { } vote
        && context.Record.DecidedOn > vote.AddMonths(MaxMonths)
            ? DevelopmentRefusal.OnDecisionDate("M15", "上级党委审批超过六个月期限")
            : null;
}
