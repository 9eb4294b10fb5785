namespace Cloud.Portal.Api.Members;

/// <summary>
/// The Members API's enum names (as the JSON carries them) in the Chinese a county clerk uses, in the API's order;
/// an unknown name shows as itself rather than disappearing.
/// </summary>
public static class MemberLabels
{
    public static readonly IReadOnlyList<(string Value, string Text)> Status = [("Full", "正式党员"), ("Probationary", "预备党员")];

    public static readonly IReadOnlyList<(string Value, string Text)> State =
    [
        ("Current", "在册"), ("TransferredOut", "已转出"), ("Deceased", "已去世"), ("Expelled", "开除党籍"), ("Withdrawn", "退党"),
        ("Removed", "除名"), ("ProbationCancelled", "取消预备党员资格"),
    ];

    public static readonly IReadOnlyList<(string Value, string Text)> Gender = [("Male", "男"), ("Female", "女")];

    public static readonly IReadOnlyList<(string Value, string Text)> EthnicityGroup = [("Han", "汉族"), ("Minority", "少数民族")];

    public static readonly IReadOnlyList<(string Value, string Text)> Education =
    [
        ("Postgraduate", "研究生"), ("Undergraduate", "大学本科"), ("College", "大学专科"), ("SecondaryVocational", "中专"),
        ("HighSchool", "高中"), ("JuniorHighOrBelow", "初中及以下"),
    ];

    public static readonly IReadOnlyList<(string Value, string Text)> EducationBand =
        [("CollegeOrAbove", "大专及以上"), ("Secondary", "高中、中专"), ("JuniorHighOrBelow", "初中及以下")];

    public static readonly IReadOnlyList<(string Value, string Text)> AgeBand =
        [("UnderThirtyFive", "35岁以下"), ("ThirtyFiveToFiftyNine", "35至59岁"), ("SixtyOrOver", "60岁及以上")];

    public static readonly IReadOnlyList<(string Value, string Text)> Occupation =
    [
        ("Worker", "工人"), ("FarmerHerderFisher", "农牧渔民"), ("ProfessionalTechnical", "专业技术人员"), ("Manager", "企事业单位、社会组织管理人员"),
        ("PartyGovernmentStaff", "党政机关工作人员"), ("Student", "学生"), ("Retired", "离退休人员"), ("Other", "其他职业人员"),
    ];

    public static readonly IReadOnlyList<(string Value, string Text)> EmploymentStatus = [("Active", "在职"), ("Retired", "离退休"), ("PreRevolutionRetired", "离休")];

    /// <summary>The states a recorded decision takes a member off the roll to (POST /state).</summary>
    public static readonly IReadOnlyList<(string Value, string Text)> LeavingState = [("Deceased", "去世"), ("Expelled", "开除党籍"), ("Withdrawn", "退党"), ("Removed", "除名")];

    public static readonly IReadOnlyList<(string Value, string Text)> LostContactDecision = [("Suspend", "停止党籍"), ("Restore", "恢复党籍（恢复联系）"), ("Remove", "除名")];

    public static readonly IReadOnlyList<(string Value, string Text)> LostContactSituation =
        [("LostContact", "失联"), ("Suspended", "停止党籍"), ("Restored", "已恢复"), ("Removed", "已除名")];

    public static readonly IReadOnlyList<(string Value, string Text)> CorrectionOutcome = [("Normal", "已改正，恢复正常"), ("Removed", "未改正，除名")];

    public static readonly IReadOnlyList<(string Value, string Text)> Sanction =
        [("Warning", "警告"), ("SeriousWarning", "严重警告"), ("RemovalFromPost", "撤销党内职务"), ("ProbationWithinParty", "留党察看"), ("Expulsion", "开除党籍")];

    public static readonly IReadOnlyList<(string Value, string Text)> VotingSuspensionReason = [("Detained", "拘留"), ("Arrested", "逮捕")];

    public static readonly IReadOnlyList<(string Value, string Text)> Decision =
    [
        ("Confirmation", "转正"), ("Deceased", "去世"), ("Expelled", "开除党籍"), ("Withdrawn", "退党"), ("Removed", "除名"),
        ("MembershipSuspension", "停止党籍"), ("MembershipRestoration", "恢复党籍"), ("CorrectionOrdered", "限期改正"),
        ("CorrectionCompleted", "限期改正结束"), ("Sanctioned", "党纪处分"), ("VotingRightsSuspended", "中止表决权"), ("VotingRightsRestored", "恢复表决权"),
    ];

    public static readonly IReadOnlyList<(string Value, string Text)> DueFlag =
    [
        ("SuspensionReviewDue", "失联满6个月，待决定是否停止党籍"), ("RemovalReviewDue", "停止党籍满2年，待决定"),
        ("CorrectionPeriodEnded", "限期改正期满，待作结论"), ("ProbationEnded", "预备期已满，待讨论转正"),
    ];

    public static readonly IReadOnlyList<(string Value, string Text)> TransferDirection = [("WithinCounty", "县内转接"), ("Out", "转出"), ("In", "转入")];

    public static readonly IReadOnlyList<(string Value, string Text)> TransferReason =
        [("JobChange", "工作变动"), ("ResidenceChange", "居住地变动"), ("AwayOver6Months", "外出半年以上"), ("Graduation", "毕业")];

    /// <summary>What an access-log entry says was shown (ShownFields in the Members service).</summary>
    public static readonly IReadOnlyList<(string Value, string Text)> ShownField =
    [
        ("name", "姓名"), ("nationalId:whole", "完整身份证号"), ("nationalId:masked", "身份证号（遮挡）"), ("birthDate", "出生日期"),
        ("phone", "联系电话"), ("address", "住址"),
    ];

    /// <summary>The Chinese text of <paramref name="value"/> in <paramref name="labels"/>; the value itself when unknown, "—" when empty.</summary>
    public static string Of(IReadOnlyList<(string Value, string Text)> labels, string? value) =>
        string.IsNullOrEmpty(value) ? "—" : labels.FirstOrDefault(l => l.Value == value).Text ?? value;
}
