namespace Cloud.AppHost;

/// <summary>
/// The demo county's organization tree, after seed 000 (陈仓区): township committees with village branches and a village
/// general branch, a sub-district with a community general branch and its building and grid branches, organ branches
/// under the working committee of the district's organs, a joint branch of small private firms, a cooperative branch,
/// a temporary project branch and party groups. 2026 is the year of the village and township elections (the last were
/// in 2021): most have elected their new committees, 千河镇 and 西坡村 have not, and the organization department's own
/// branch has let its three years run out — as in a real county at the end of 2026. Parents come before children.
/// </summary>
public static class DemoTree
{
    private const string Qianhe = "中共陈仓区千河镇委员会";
    private const string Guozhen = "中共陈仓区虢镇街道工作委员会";
    private const string Yangping = "中共陈仓区阳平镇委员会";
    private const string Organs = "中共陈仓区区直机关工作委员会";
    private const string Dongpo = "中共陈仓区千河镇东坡村支部委员会";

    /// <summary>The branch whose admission cases the demo shows.</summary>
    public const string CaseBranch = Dongpo;
    private const string Nanzhai = "中共陈仓区千河镇南寨村总支部委员会";
    private const string Chencang = "中共陈仓区虢镇街道陈仓社区总支部委员会";
    private const string Hospital = "中共陈仓区人民医院总支部委员会";

    public static IReadOnlyList<DemoOrganization> Organizations { get; } =
    [
        new(Qianhe, "PrimaryCommittee", null, Domain: "Township", Township: "千河镇", ElectedOn: new(2021, 9, 15), Committee: true),
        new(Dongpo, "Branch", Qianhe, "Standard", "Village", "千河镇", new(2021, 3, 20), Committee: true),
        new("第一党小组", "PartyGroup", Dongpo, Township: "千河镇"),
        new("第二党小组", "PartyGroup", Dongpo, Township: "千河镇"),
        new("中共陈仓区千河镇西坡村支部委员会", "Branch", Qianhe, "Standard", "Village", "千河镇", new(2021, 3, 22)),
        new(Nanzhai, "GeneralBranch", Qianhe, Domain: "Village", Township: "千河镇", ElectedOn: new(2026, 4, 8), Committee: true),
        new("中共陈仓区千河镇南寨村第一支部委员会", "Branch", Nanzhai, "Standard", "Village", "千河镇", new(2026, 4, 8)),
        new("中共陈仓区千河镇南寨村第二支部委员会", "Branch", Nanzhai, "Standard", "Village", "千河镇", new(2026, 4, 8)),
        new("中共陈仓区千河镇机关支部委员会", "Branch", Qianhe, "Standard", "GovernmentOrgan", "千河镇", new(2024, 5, 10), Committee: true),
        new("中共陈仓区千河镇非公企业联合支部委员会", "Branch", Qianhe, "Joint", "PrivateEnterprise", "千河镇", new(2025, 4, 18), EstablishedOn: new(2025, 3, 28)),
        new(Guozhen, "PrimaryCommittee", null, Domain: "Township", Township: "虢镇街道", ElectedOn: new(2026, 10, 20), Committee: true),
        new(Chencang, "GeneralBranch", Guozhen, Domain: "Community", Township: "虢镇街道", ElectedOn: new(2026, 5, 10), Committee: true),
        new("中共陈仓区虢镇街道陈仓社区第一支部委员会", "Branch", Chencang, "Standard", "Community", "虢镇街道", new(2026, 5, 10)),
        new("中共陈仓区虢镇街道陈仓社区三号楼支部委员会", "Branch", Chencang, "Building", "Community", "虢镇街道", new(2026, 5, 10), EstablishedOn: new(2022, 7, 1)),
        new("中共陈仓区虢镇街道陈仓社区第二网格支部委员会", "Branch", Chencang, "Grid", "Community", "虢镇街道", new(2026, 5, 10), EstablishedOn: new(2026, 4, 20)),
        new("中共陈仓区虢镇街道流动党员支部委员会", "Branch", Guozhen, "MobileMembers", "Community", "虢镇街道", new(2024, 3, 1), EstablishedOn: new(2023, 12, 15)),
        new("中共陈仓区虢镇街道机关支部委员会", "Branch", Guozhen, "Standard", "GovernmentOrgan", "虢镇街道", new(2024, 6, 18), Committee: true),
        new(Yangping, "PrimaryCommittee", null, Domain: "Township", Township: "阳平镇", ElectedOn: new(2026, 9, 26), Committee: true),
        new("中共陈仓区阳平镇阳平村支部委员会", "Branch", Yangping, "Standard", "Village", "阳平镇", new(2026, 4, 15), Committee: true),
        new("中共陈仓区阳平镇果业专业合作社支部委员会", "Branch", Yangping, "Standard", "Cooperative", "阳平镇", new(2023, 11, 8)),
        new("中共陈仓区阳平镇宝鸡至坪坎高速公路项目临时支部委员会", "Branch", Yangping, "Temporary", "Other", "阳平镇", new(2025, 8, 1), EstablishedOn: new(2025, 7, 15), TemporaryTaskEndsOn: new(2027, 6, 30)),
        new(Organs, "PrimaryCommittee", null, Domain: "GovernmentOrgan", ElectedOn: new(2023, 5, 16), Committee: true),
        new("中共陈仓区委组织部机关支部委员会", "Branch", Organs, "Standard", "GovernmentOrgan", ElectedOn: new(2023, 6, 20), Committee: true),
        new("中共陈仓区教育局机关支部委员会", "Branch", Organs, "Standard", "GovernmentOrgan", ElectedOn: new(2024, 9, 5), Committee: true),
        new(Hospital, "GeneralBranch", Organs, Domain: "PublicInstitution", ElectedOn: new(2024, 12, 3), Committee: true),
        new("中共陈仓区人民医院内科支部委员会", "Branch", Hospital, "Standard", "PublicInstitution", ElectedOn: new(2024, 12, 3)),
        new("中共陈仓区人民医院外科支部委员会", "Branch", Hospital, "Standard", "PublicInstitution", ElectedOn: new(2024, 12, 3)),
    ];

    /// <summary>西坡村's secretary was transferred mid-year and nobody has been elected since: a vacancy the county must see.</summary>
    public static (string Organization, DateOnly EndedOn, string Reason) Vacancy { get; } =
        ("中共陈仓区千河镇西坡村支部委员会", new(2026, 6, 30), "Transferred");

    /// <summary>东坡村's election was put off with the township's approval (O14), so its term is extended, not overdue.</summary>
    public static (string Organization, DateOnly Until, DateOnly ApprovedOn, string DocNo) Extension { get; } =
        (Dongpo, new(2026, 12, 31), new(2026, 2, 20), "千党发〔2026〕3号");

    /// <summary>Host units of the registry (name, category, township, employees, the organization hosted there).</summary>
    public static IReadOnlyList<(string Name, string Category, string? Township, int Employees, string? Organization)> Units { get; } =
    [
        ("东坡村", "Village", "千河镇", 0, Dongpo),
        ("西坡村", "Village", "千河镇", 0, "中共陈仓区千河镇西坡村支部委员会"),
        ("南寨村", "Village", "千河镇", 0, Nanzhai),
        ("阳平村", "Village", "阳平镇", 0, "中共陈仓区阳平镇阳平村支部委员会"),
        ("陈仓社区", "Community", "虢镇街道", 0, Chencang),
        ("千河镇人民政府", "GovernmentOrgan", "千河镇", 46, "中共陈仓区千河镇机关支部委员会"),
        ("陈仓区委组织部", "GovernmentOrgan", null, 38, "中共陈仓区委组织部机关支部委员会"),
        ("陈仓区人民医院", "PublicInstitution", null, 612, Hospital),
        ("阳平镇果业专业合作社", "Cooperative", "阳平镇", 27, "中共陈仓区阳平镇果业专业合作社支部委员会"),
        ("宝鸡千河食品有限公司", "PrivateEnterprise", "千河镇", 85, null),
        ("陈仓区义工联合会", "SocialOrganization", "虢镇街道", 12, null),
    ];

    /// <summary>2025 village ratings (五星 … 三星; 一类 … 三类), as seed 000 counts them.</summary>
    public static IReadOnlyList<(string Organization, int Year, int Stars, int Grade)> Ratings { get; } =
    [
        (Dongpo, 2025, 5, 1),
        ("中共陈仓区千河镇西坡村支部委员会", 2025, 3, 3),
        ("中共陈仓区千河镇南寨村第一支部委员会", 2025, 4, 2),
        ("中共陈仓区阳平镇阳平村支部委员会", 2025, 4, 2),
    ];
}
