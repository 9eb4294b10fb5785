namespace Cloud.Members.Domain.Development.Rules;

/// <summary>M11: the candidate is publicly announced for the county's number of working days (5 by default; UNCONFIRMED nationally) before the branch committee's review.</summary>
public sealed class PublicNoticeRule : IDevelopmentRule
{
    public DevelopmentRefusal? Check(StepContext context)
    {
        var days = context.Settings.PublicNoticeWorkingDays;
        if (context.Step != DevelopmentStep.BranchCommitteeReview || days <= 0)
        {
            return null;
        }

        var r = context.Record;
        if (r.PublicNoticeFrom is not { } from || r.PublicNoticeTo is not { } to)
        {
            return new DevelopmentRefusal("M11", $"发展对象须经公示（不少于{days}个工作日）");
        }

        if (to > r.DecidedOn)
        {
            return DevelopmentRefusal.OnDecisionDate("M11", "公示期未满，不能进行支部委员会审查");
        }

        return WorkingDays.Between(from, to) < days ? new DevelopmentRefusal("M11", $"发展对象公示不足{days}个工作日", nameof(StepRecord.PublicNoticeTo)) : null;
    }
}
