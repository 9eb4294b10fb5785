namespace Cloud.Members.Domain.SideStates;

/// <summary>
/// 失联党员 (M24): out of contact since a day; after 6 months the branch may suspend membership (停止党籍), and after
/// 2 years suspended remove the member (自行脱党除名). Due dates are flags for the branch, never automatic changes.
/// </summary>
public sealed class LostContactRecord
{
    public const string SuspensionTooEarly = "失联未满6个月，不能停止党籍（党员教育管理工作条例第二十四条）";
    public const string RemovalTooEarly = "停止党籍未满2年，不能按自行脱党除名（党员教育管理工作条例第二十四条）";

    private LostContactRecord()
    {
    }

    public Guid Id { get; private set; }

    public Guid MemberId { get; private set; }

    public DateOnly Since { get; private set; }

    public LostContactSituation Situation { get; private set; }

    public DateOnly? SuspendedOn { get; private set; }

    public DateOnly? ClosedOn { get; private set; }

    public DateTimeOffset UpdatedAt { get; private set; }

    public bool IsOpen => Situation is LostContactSituation.LostContact or LostContactSituation.Suspended;

    /// <summary>M24: six months out of contact → the branch reviews suspension.</summary>
    public DateOnly SuspensionReviewDueOn => Since.AddMonths(6);

    /// <summary>M24: two years suspended → the branch reviews removal.</summary>
    public DateOnly? RemovalReviewDueOn => SuspendedOn?.AddYears(2);

    public static LostContactRecord Open(Guid memberId, DateOnly since, DateTimeOffset at) =>
        new() { Id = Guid.CreateVersion7(at), MemberId = memberId, Since = since, Situation = LostContactSituation.LostContact, UpdatedAt = at };

    /// <summary>Applies the branch's decision, or says which rule refuses it.</summary>
    public string? Decide(LostContactDecision decision, DateOnly on, DateTimeOffset at)
    {
        if (on < Since)
        {
            return "决定日期不能早于失联日期";
        }

        switch (decision)
        {
            case LostContactDecision.Suspend when Situation != LostContactSituation.LostContact:
                return "只有处于失联状态的党员才能停止党籍";
            case LostContactDecision.Suspend when on < SuspensionReviewDueOn:
                return SuspensionTooEarly;
            case LostContactDecision.Suspend:
                Situation = LostContactSituation.Suspended;
                SuspendedOn = on;
                break;
            case LostContactDecision.Remove when Situation != LostContactSituation.Suspended:
                return "只有已停止党籍的党员才能按自行脱党除名";
            case LostContactDecision.Remove when on < RemovalReviewDueOn:
                return RemovalTooEarly;
            case LostContactDecision.Remove:
                Close(LostContactSituation.Removed, on);
                break;
            case LostContactDecision.Restore when SuspendedOn > on:
                return "恢复党籍的日期不能早于停止党籍的日期";
            default:
                Close(LostContactSituation.Restored, on);
                break;
        }

        UpdatedAt = at;
        return null;
    }

    private void Close(LostContactSituation situation, DateOnly on)
    {
        Situation = situation;
        ClosedOn = on;
    }
}
