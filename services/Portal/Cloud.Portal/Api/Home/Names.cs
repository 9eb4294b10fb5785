namespace Cloud.Portal.Api.Home;

/// <summary>The Chinese names of the API's enum values the 工作台 shows (domain.md's vocabulary).</summary>
public static class Names
{
    public static string Stage(string stage) => stage switch
    {
        "Applicant" => "入党申请人",
        "Activist" => "入党积极分子",
        "Candidate" => "发展对象",
        "Probationary" => "预备党员",
        "Full" => "正式党员",
        "Withdrawn" => "本人撤回申请",
        "NotAdopted" => "不再培养发展",
        "ProbationExtended" => "延长预备期",
        _ => stage,
    };

    public static string Flag(string flag) => flag switch
    {
        "SuspensionReviewDue" => "失联满6个月，待决定是否停止党籍",
        "RemovalReviewDue" => "停止党籍满2年，待决定是否除名",
        "CorrectionPeriodEnded" => "限期改正期满，待作出结论",
        "ProbationEnded" => "预备期已满，待讨论转正",
        _ => flag,
    };

    public static string TransferStatus(string status) => status switch
    {
        "Pending" => "待接收",
        "Accepted" => "已接收",
        "Arrived" => "已转入",
        "Rejected" => "已退回",
        "Cancelled" => "已撤销",
        _ => status,
    };
}
