namespace Cloud.Members.Domain.Development.Rules;

/// <summary>M14: 党章第五条 — before approving, the superior committee sends a member or an 组织员 to talk with the candidate.</summary>
public sealed class SuperiorTalkRule : IDevelopmentRule
{
    public DevelopmentRefusal? Check(StepContext context) =>
        context.Step == DevelopmentStep.CommitteeApproval && !context.Case.Recorded(DevelopmentStep.SuperiorTalk).Any()
            ? new DevelopmentRefusal("M14", "审批前须由上级党委派委员或组织员同发展对象谈话")
            : null;
}
