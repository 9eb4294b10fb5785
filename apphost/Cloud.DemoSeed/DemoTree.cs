namespace Cloud.DemoSeed;

/// <summary>
/// The demo county's organization tree at the scale seed 004 counts (党委6个, 党总支20个, 党支部160个): four township
/// committees with their village and community branches (the large ones as general branches), the organs' working
/// committee with the district's organ branches, hospitals and schools, the committee for private firms and social
/// organizations, and the district's investment group directly under the district committee. 2026 is the year of the
/// village and township elections (the last were in 2021): most have elected, 千河镇 and 西坡村 have not, and a few
/// three-year terms have run out — as in a real county at the end of 2026. Parents come before children.
/// </summary>
public static class DemoTree
{
    public const string OrgansCommittee = "中共陈仓区区直机关工作委员会";
    public const string PrivateSectorCommittee = "中共陈仓区非公有制经济组织和社会组织综合委员会";

    /// <summary>The branch whose admission cases, party groups, extension and rating the demo shows.</summary>
    public const string CaseBranch = "中共陈仓区千河镇东坡村支部委员会";
    public const string VacantBranch = "中共陈仓区千河镇西坡村支部委员会";

    /// <summary>Secretaries who left and have not been replaced: 西坡村's since mid-year (overdue), two more recent.</summary>
    public static IReadOnlyList<(string Organization, DateOnly EndedOn, string Reason)> Vacancies { get; } =
    [
        (VacantBranch, new(2026, 6, 30), "Transferred"),
        ("中共宝鸡金陵电器有限公司支部委员会", new(2026, 3, 31), "Transferred"),
        ("中共陈仓区周原镇樊村支部委员会", new(2026, 10, 12), "Resigned"),
    ];

    /// <summary>东坡村's election was put off with the township's approval (O14), so its term is extended, not overdue.</summary>
    public static (string Organization, DateOnly Until, DateOnly ApprovedOn, string DocNo) Extension { get; } =
        (CaseBranch, new(2026, 12, 31), new(2026, 2, 20), "千党发〔2026〕3号");

    /// <summary>Branches with 7 or more full members that still have only a secretary (the advisory's handful).</summary>
    public static IReadOnlySet<string> WithoutCommittee { get; } = new HashSet<string>(StringComparer.Ordinal)
    {
        VacantBranch,
        "中共陈仓区千河镇非公企业联合支部委员会",
        "中共陈仓区阳平镇果业专业合作社支部委员会",
        "中共陈仓区阳平镇宝鸡至坪坎高速公路项目临时支部委员会",
        "中共陈仓区虢镇街道流动党员支部委员会",
    };

    /// <summary>Branches grown past 50 members, with their members (支部工作条例 第四条: a general branch is advised).</summary>
    public static IReadOnlyDictionary<string, int> LargeBranches { get; } = new Dictionary<string, int>(StringComparer.Ordinal)
    {
        [CaseBranch] = 62,
        ["中共陈仓区虢镇街道流动党员支部委员会"] = 58,
        ["中共陈仓区虢镇街道陈仓社区第一支部委员会"] = 56,
        ["中共陈仓区区直机关离退休干部第一支部委员会"] = 54,
    };

    /// <summary>Branches whose members are retired cadres: the retired members go there first.</summary>
    public static bool IsForRetired(DemoOrganization organization) => organization.Name.Contains("离退休", StringComparison.Ordinal);

    // Built after the sets above, which the builder reads (static initializers run in textual order).
    public static IReadOnlyList<DemoOrganization> Organizations { get; } = DemoTreeBuilder.Build();

    /// <summary>2025 village ratings (五星 … 三星; 一类 … 三类): 东坡村 the best, 西坡村 the weakest, the others spread.</summary>
    public static IReadOnlyList<(string Organization, int Year, int Stars, int Grade)> Ratings { get; } =
    [
        .. Organizations.Where(o => o.Domain == "Village" && o.Type != "PrimaryCommittee" && o.Unit is not null)
            .Select((o, i) => o.Name switch
            {
                CaseBranch => (o.Name, 2025, 5, 1),
                VacantBranch => (o.Name, 2025, 3, 3),
                _ => (o.Name, 2025, (i % 10) switch { 0 => 5, < 6 => 4, _ => 3 }, (i % 10) switch { < 6 => 1, < 9 => 2, _ => 3 }),
            }),
    ];
}
