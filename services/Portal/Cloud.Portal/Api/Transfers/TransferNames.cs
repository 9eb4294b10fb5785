namespace Cloud.Portal.Api.Transfers;

/// <summary>The Chinese words for transfers' names (domain.md AffiliationTransfer).</summary>
public static class TransferNames
{
    public static readonly IReadOnlyList<(string Name, string Text)> Reasons =
        [("JobChange", "工作调动"), ("ResidenceChange", "居住地变更"), ("AwayOver6Months", "外出半年以上"), ("Graduation", "毕业")];

    public static string Reason(string reason) => Reasons.FirstOrDefault(r => r.Name == reason).Text ?? reason;

    public static string Outgoing(string status) => status switch
    {
        "InTransit" => "待对方接收",
        "Received" => "已接收",
        "Rejected" => "被拒收",
        "Cancelled" => "已撤回",
        "LetterIssued" => "已开具（系统外）",
        _ => status,
    };

    public static string Incoming(string status) => status switch
    {
        "Pending" => "待接收",
        "Accepted" => "已接收，档案转入中",
        "Arrived" => "已转入",
        "Rejected" => "已拒收",
        "Cancelled" => "对方已撤回",
        _ => status,
    };

    public static string Membership(string status) => status switch
    {
        "Full" => "正式党员",
        "Probationary" => "预备党员",
        _ => status,
    };
}
