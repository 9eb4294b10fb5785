using MudBlazor;

namespace Cloud.Portal.Api.Organizations;

/// <summary>
/// The Chinese words for the Organizations API's enum names (as the county's own lists write them), and the icon of
/// each organization type. The lists are in the order a form offers them.
/// </summary>
public static class OrganizationWords
{
    public static readonly IReadOnlyList<(string Name, string Text)> Types =
    [
        ("PrimaryCommittee", "基层党委"), ("GeneralBranch", "党总支"), ("Branch", "党支部"), ("PartyGroup", "党小组"), ("CountyCommittee", "县委"),
    ];

    public static readonly IReadOnlyList<(string Name, string Text)> Kinds =
    [
        ("Standard", "标准"), ("Joint", "联合"), ("Temporary", "临时"), ("Functional", "功能型"), ("MobileMembers", "流动党员"), ("Building", "楼幢"), ("Grid", "网格"),
    ];

    public static readonly IReadOnlyList<(string Name, string Text)> Domains =
    [
        ("Village", "农村"), ("Community", "社区"), ("Township", "乡镇（街道）"), ("GovernmentOrgan", "机关"), ("PublicInstitution", "事业单位"),
        ("StateOwnedEnterprise", "国有企业"), ("PrivateEnterprise", "非公企业"), ("SocialOrganization", "社会组织"), ("School", "学校"),
        ("Cooperative", "合作经济组织"), ("Park", "园区"), ("Other", "其他"),
    ];

    public static readonly IReadOnlyList<(string Name, string Text)> Statuses =
    [
        ("Proposed", "筹建"), ("Active", "正常"), ("Restructuring", "调整中"), ("Dissolved", "已撤销"),
    ];

    public static readonly IReadOnlyList<(string Name, string Text)> Roles =
    [
        ("Secretary", "书记"), ("DeputySecretary", "副书记"), ("OrganizationCommissioner", "组织委员"), ("PublicityCommissioner", "宣传委员"),
        ("DisciplineCommissioner", "纪检委员"), ("YouthCommissioner", "青年委员"), ("WomenCommissioner", "妇女委员"), ("CommitteeMember", "委员"),
        ("GroupLeader", "党小组组长"), ("FirstSecretary", "第一书记"), ("PartyBuildingInstructor", "党建指导员"),
    ];

    public static readonly IReadOnlyList<(string Name, string Text)> Sources = [("Elected", "选举"), ("ByElection", "补选"), ("Appointed", "指派/选派")];

    public static readonly IReadOnlyList<(string Name, string Text)> EndReasons =
    [
        ("TermEnd", "任期届满"), ("Resigned", "辞职"), ("Transferred", "调动"), ("Removed", "免职"), ("Deceased", "去世"),
    ];

    public static readonly IReadOnlyList<(string Name, string Text)> ElectionMethods =
    [
        ("MemberAssembly", "党员大会选举"), ("RepresentativeCongress", "党员代表大会选举"), ("Appointment", "上级指派"),
    ];

    public static readonly IReadOnlyList<(string Name, string Text)> Awards =
    [
        ("FiveGoodsAward", "“五个好”村党组织/镇党委"), ("FiveGoodsBranchAward", "“五好”党支部"), ("AdvancedGrassrootsOrganization", "先进基层党组织"), ("Other", "其他表彰"),
    ];

    public static readonly IReadOnlyList<(string Name, string Text)> Levels = [("County", "县级"), ("City", "市级"), ("Province", "省级"), ("National", "全国")];

    public static readonly IReadOnlyList<(string Name, string Text)> UnitCategories =
    [
        ("Village", "行政村"), ("Community", "社区"), ("GovernmentOrgan", "党政机关"), ("PublicInstitution", "事业单位"), ("StateOwnedEnterprise", "国有企业"),
        ("PrivateEnterprise", "非公企业"), ("SocialOrganization", "社会组织"), ("Cooperative", "农民专业合作社"), ("School", "学校"), ("Other", "其他"),
    ];

    private static readonly IReadOnlyList<(string Name, string Text)> TermStatuses =
    [
        ("Active", "任期内"), ("DueSoon", "即将换届"), ("Overdue", "逾期未换届"), ("Extended", "已批准延期"), ("Closed", "已结束"),
    ];

    public static string Type(string? name) => Text(Types, name);

    public static string Kind(string? name) => Text(Kinds, name);

    public static string Domain(string? name) => Text(Domains, name);

    public static string Status(string? name) => Text(Statuses, name);

    public static string Role(string? name) => Text(Roles, name);

    public static string Source(string? name) => Text(Sources, name);

    public static string EndReason(string? name) => Text(EndReasons, name);

    public static string ElectionMethod(string? name) => Text(ElectionMethods, name);

    public static string Award(string? name) => Text(Awards, name);

    public static string Level(string? name) => Text(Levels, name);

    public static string UnitCategory(string? name) => Text(UnitCategories, name);

    public static string TermStatus(string? name) => Text(TermStatuses, name);

    /// <summary>换届 status as a chip colour: overdue is an error, due soon a warning.</summary>
    public static Color TermStatusColor(string? name) => name switch
    {
        "Overdue" => Color.Error,
        "DueSoon" => Color.Warning,
        "Extended" => Color.Info,
        "Active" => Color.Success,
        _ => Color.Default,
    };

    public static Color StatusColor(string? name) => name switch
    {
        "Active" => Color.Success,
        "Proposed" => Color.Info,
        "Restructuring" => Color.Warning,
        _ => Color.Default,
    };

    public static string Icon(string? type) => type switch
    {
        "CountyCommittee" => Icons.Material.Filled.AccountBalance,
        "PrimaryCommittee" => Icons.Material.Filled.Apartment,
        "GeneralBranch" => Icons.Material.Filled.Domain,
        "Branch" => Icons.Material.Filled.Flag,
        "PartyGroup" => Icons.Material.Filled.Groups,
        _ => Icons.Material.Filled.CorporateFare,
    };

    private static string Text(IReadOnlyList<(string Name, string Text)> words, string? name) =>
        name is null ? "—" : words.FirstOrDefault(w => w.Name == name).Text ?? name;
}
