using Cloud.Portal.Api.Members;

namespace Cloud.Portal.Components.Pages.Members;

/// <summary>One kind of field in a decision form: free text, a date, or one of a few choices.</summary>
public enum ActionFieldKind
{
    Text,
    Date,
    Choice,
}

/// <summary>A field of a decision form, named as the API's request names it (its errors come back under that name).</summary>
public sealed record ActionField(string Name, string Label, ActionFieldKind Kind, IReadOnlyList<(string Value, string Text)>? Options = null, string? Helper = null);

/// <summary>
/// A recorded decision on a member (转正, 出党, side states) as a form: the endpoint under <c>/api/members/{id}</c>, the
/// method, its fields, and whether it takes the member off the roll (then it asks to confirm first).
/// </summary>
public sealed record MemberAction(string Title, string Path, IReadOnlyList<ActionField> Fields, bool Put = false, string? Warning = null)
{
    private static readonly ActionField DecidedOn = new("decidedOn", "决定日期", ActionFieldKind.Date);
    private static readonly ActionField DecidedBy = new("decidedBy", "决定机关", ActionFieldKind.Text, Helper: "如：中共某某镇委员会");
    private static readonly ActionField DocumentNumber = new("documentNumber", "文号（可选）", ActionFieldKind.Text);

    public static readonly MemberAction Confirmation = new("预备党员转正", "confirmation", [DecidedOn, DecidedBy, DocumentNumber]);

    public static readonly MemberAction LeaveRoll = new("出党或去世登记", "state",
        [new("state", "情形", ActionFieldKind.Choice, MemberLabels.LeavingState), DecidedOn, DecidedBy, DocumentNumber],
        Warning: "登记后该党员将移出本县党员名册，且不能再变更。");

    public static readonly MemberAction Mobile = new("登记流动党员", "mobile",
    [
        new("destination", "外出地点", ActionFieldKind.Text), new("departedOn", "外出日期", ActionFieldKind.Date),
        new("expectedReturnOn", "预计返回日期（可选）", ActionFieldKind.Date), new("lastContactOn", "最近联系日期（可选）", ActionFieldKind.Date),
    ], Put: true);

    public static readonly MemberAction EndMobility = new("结束流动", "mobile/end", [new("endedOn", "结束日期", ActionFieldKind.Date)]);

    public static readonly MemberAction LostContact = new("登记失联", "lost-contact", [new("since", "失联日期", ActionFieldKind.Date)]);

    public static readonly MemberAction LostContactDecision = new("失联党员处理决定", "lost-contact/decision",
        [new("decision", "决定", ActionFieldKind.Choice, MemberLabels.LostContactDecision), DecidedOn, DecidedBy, DocumentNumber],
        Warning: "选择“除名”后该党员将移出本县党员名册。");

    public static readonly MemberAction Correction = new("限期改正", "correction-period",
    [
        new("startsOn", "决定日期（起始日）", ActionFieldKind.Date), new("endsOn", "改正截止日期", ActionFieldKind.Date, Helper: "期限不超过一年"),
        DecidedBy, DocumentNumber,
    ]);

    public static readonly MemberAction CorrectionOutcome = new("限期改正结论", "correction-period/outcome",
        [new("outcome", "结论", ActionFieldKind.Choice, MemberLabels.CorrectionOutcome), DecidedOn, DecidedBy, DocumentNumber],
        Warning: "结论为“除名”时该党员将移出本县党员名册。");

    public static readonly MemberAction Sanction = new("党纪处分", "sanctions",
    [
        new("type", "处分种类", ActionFieldKind.Choice, MemberLabels.Sanction), DecidedOn,
        new("until", "察看期至（留党察看时填写）", ActionFieldKind.Date), DecidedBy, DocumentNumber,
    ], Warning: "开除党籍后该党员将移出本县党员名册。");

    public static readonly MemberAction VotingSuspension = new("中止表决权", "voting-rights/suspension",
        [new("reason", "原因", ActionFieldKind.Choice, MemberLabels.VotingSuspensionReason), new("startsOn", "起始日期", ActionFieldKind.Date), DecidedBy, DocumentNumber]);

    public static readonly MemberAction VotingRestoration = new("恢复表决权", "voting-rights/restoration",
        [new("restoredOn", "恢复日期", ActionFieldKind.Date), DecidedBy, DocumentNumber]);
}
