namespace Cloud.Portal.Api.Home;

/// <summary>The Chinese names of the side states due for review (domain.md's DueFlagKind) the 工作台 shows.</summary>
public static class Names
{
    public static string Flag(string flag) => flag switch
    {
        "SuspensionReviewDue" => "失联满6个月，待决定是否停止党籍",
        "RemovalReviewDue" => "停止党籍满2年，待决定是否除名",
        "CorrectionPeriodEnded" => "限期改正期满，待作出结论",
        "ProbationEnded" => "预备期已满，待讨论转正",
        _ => flag,
    };
}
