using Cloud.Members.Domain.Members;

namespace Cloud.Members.Domain.SideStates;

/// <summary>Which reviews are due on a day. Nothing here changes a record; the branch decides.</summary>
public static class DueFlags
{
    public static DueFlag? Of(LostContactRecord record, DateOnly today) => record.Situation switch
    {
        LostContactSituation.LostContact when today >= record.SuspensionReviewDueOn => new(DueFlagKind.SuspensionReviewDue, record.SuspensionReviewDueOn),
        LostContactSituation.Suspended when record.RemovalReviewDueOn is { } due && today >= due => new(DueFlagKind.RemovalReviewDue, due),
        _ => null,
    };

    /// <summary>The period's last day is <see cref="CorrectionPeriod.EndsOn"/>; the day after it, an outcome is due.</summary>
    public static DueFlag? Of(CorrectionPeriod period, DateOnly today) =>
        period.IsOpen && today > period.EndsOn ? new(DueFlagKind.CorrectionPeriodEnded, period.EndsOn.AddDays(1)) : null;

    public static DueFlag? ProbationOf(PartyMember member, DateOnly today) =>
        member.Status == MembershipStatus.Probationary && member.State == MemberState.Current && ProbationRules.EndsOn(member) is { } end && today >= end
            ? new(DueFlagKind.ProbationEnded, end)
            : null;
}
