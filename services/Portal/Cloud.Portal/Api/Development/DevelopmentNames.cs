namespace Cloud.Portal.Api.Development;

/// <summary>The Chinese words for the pipeline's names (domain.md §3.2), as a clerk reads them.</summary>
public static class DevelopmentNames
{
    /// <summary>The board's columns, in order: the five stages.</summary>
    public static readonly string[] BoardStages = ["Applicant", "Activist", "Candidate", "Probationary", "Full"];

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
        "ProbationCancelled" => "取消预备党员资格",
        _ => stage,
    };

    public static readonly string[] Phases = ["申请入党", "入党积极分子的确定和培养教育", "发展对象的确定和考察", "预备党员的接收", "预备党员的教育考察和转正"];

    public static readonly IReadOnlyList<(string Name, string Text)> Genders = [("Male", "男"), ("Female", "女")];

    public static readonly IReadOnlyList<(string Name, string Text)> Educations =
    [
        ("Postgraduate", "研究生"), ("Undergraduate", "大学本科"), ("College", "大学专科"), ("SecondaryVocational", "中专"),
        ("HighSchool", "高中"), ("JuniorHighOrBelow", "初中及以下"),
    ];

    public static readonly IReadOnlyList<(string Name, string Text)> Occupations =
    [
        ("Worker", "工人"), ("FarmerHerderFisher", "农牧渔民"), ("ProfessionalTechnical", "专业技术人员"), ("Manager", "企事业单位管理人员"),
        ("PartyGovernmentStaff", "党政机关工作人员"), ("Student", "学生"), ("Retired", "离退休人员"), ("Other", "其他"),
    ];

    public static readonly IReadOnlyList<(string Name, string Text)> RecommendationMethods =
        [("MemberRecommendation", "党员推荐"), ("LeagueRecommendation", "共青团推优")];

    public static readonly IReadOnlyList<(string Name, string Text)> PoliticalReviewResults = [("Passed", "合格"), ("NotPassed", "不合格")];

    public static readonly IReadOnlyList<(string Name, string Text)> ProbationOutcomes = [("Confirm", "按期转正"), ("Extend", "延长预备期"), ("Cancel", "取消预备党员资格")];

    public static string Text(IReadOnlyList<(string Name, string Text)> names, string? name) =>
        names.FirstOrDefault(n => n.Name == name).Text ?? name ?? "—";

    /// <summary>Where a rule comes from, for a refusal's "依据": the regulation the API's rule number (domain.md §2.3) cites.</summary>
    public static string Rule(string rule) => rule switch
    {
        "M1" => "党章第一条、《发展党员工作细则》第五条",
        "M3" => "《发展党员工作细则》第七条",
        "M4" => "《发展党员工作细则》第八条",
        "M5" => "《发展党员工作细则》第十条",
        "M6" => "《发展党员工作细则》第十一条",
        "M7" => "《发展党员工作细则》第十三条",
        "M8" => "党章第五条、《发展党员工作细则》第十四条",
        "M9" => "《发展党员工作细则》第十五、十六条",
        "M10" => "《发展党员工作细则》第十七条",
        "M11" => "本县发展对象公示规定",
        "M12" => "《发展党员工作细则》第十九条",
        "M13" => "《发展党员工作细则》第二十二条",
        "M14" => "党章第五条",
        "M15" => "《发展党员工作细则》第二十五条",
        "M17" or "M18" => "党章第七条",
        "M19" => "《发展党员工作细则》第三十三条",
        "M21" => "发展党员程序（5个阶段25个步骤）",
        _ => "发展党员工作规定",
    } + $"（规则 {rule}）";
}
