namespace Cloud.Organizations.Domain.Import;

/// <summary>
/// The Chinese words county staff write for types, branch kinds, domains and statuses (domain.md §1.1), each mapped to
/// its enum member; the English member names are accepted too. The first word of each entry is the one the export writes.
/// </summary>
public static class OrganizationVocabulary
{
    private static readonly Dictionary<OrganizationType, string[]> Types = new()
    {
        [OrganizationType.PrimaryCommittee] = ["基层党委", "党委"],
        [OrganizationType.GeneralBranch] = ["党总支", "总支"],
        [OrganizationType.Branch] = ["党支部", "支部"],
        [OrganizationType.PartyGroup] = ["党小组"],
        [OrganizationType.CountyCommittee] = ["县委"],
    };

    private static readonly Dictionary<BranchKind, string[]> Kinds = new()
    {
        [BranchKind.Standard] = ["标准"],
        [BranchKind.Joint] = ["联合"],
        [BranchKind.Temporary] = ["临时"],
        [BranchKind.Functional] = ["功能型"],
        [BranchKind.MobileMembers] = ["流动党员"],
        [BranchKind.Building] = ["楼幢"],
        [BranchKind.Grid] = ["网格"],
    };

    private static readonly Dictionary<OrganizationDomain, string[]> Domains = new()
    {
        [OrganizationDomain.Village] = ["农村", "村"],
        [OrganizationDomain.Community] = ["社区"],
        [OrganizationDomain.GovernmentOrgan] = ["机关"],
        [OrganizationDomain.PublicInstitution] = ["事业单位"],
        [OrganizationDomain.StateOwnedEnterprise] = ["国有企业"],
        [OrganizationDomain.PrivateEnterprise] = ["非公企业"],
        [OrganizationDomain.SocialOrganization] = ["社会组织"],
        [OrganizationDomain.School] = ["学校"],
        [OrganizationDomain.Cooperative] = ["合作经济组织"],
        [OrganizationDomain.Park] = ["园区"],
        [OrganizationDomain.Township] = ["乡镇", "街道"],
        [OrganizationDomain.Other] = ["其他"],
    };

    private static readonly Dictionary<OrganizationStatus, string[]> Statuses = new()
    {
        [OrganizationStatus.Proposed] = ["筹建"],
        [OrganizationStatus.Active] = ["正常"],
        [OrganizationStatus.Restructuring] = ["调整中"],
        [OrganizationStatus.Dissolved] = ["已撤销"],
    };

    public static string ChineseName(OrganizationType type) => Types[type][0];

    public static string ChineseName(BranchKind kind) => Kinds[kind][0];

    public static string ChineseName(OrganizationDomain domain) => Domains[domain][0];

    public static string ChineseName(OrganizationStatus status) => Statuses[status][0];

    public static bool TryParse(string text, out OrganizationType type) => TryParse(Types, text, out type);

    public static bool TryParse(string text, out BranchKind kind) => TryParse(Kinds, text, out kind);

    public static bool TryParse(string text, out OrganizationDomain domain) => TryParse(Domains, text, out domain);

    public static bool TryParse(string text, out OrganizationStatus status) => TryParse(Statuses, text, out status);

    /// <summary>The words a message offers, e.g. "组织类型必须是 基层党委 / 党总支 / 党支部 / 党小组 之一".</summary>
    public static string Choices(IEnumerable<OrganizationType> types) => string.Join(" / ", types.Select(ChineseName));

    public static string KindChoices => string.Join(" / ", Kinds.Values.Select(names => names[0]));

    public static string DomainChoices => string.Join(" / ", Domains.Values.Select(names => names[0]));

    // Chinese words exactly; English member names exactly, never numbers ("1") or lists ("Branch, Joint").
    private static bool TryParse<TEnum>(Dictionary<TEnum, string[]> words, string text, out TEnum value)
        where TEnum : struct, Enum
    {
        foreach (var (member, names) in words)
        {
            if (names.Contains(text, StringComparer.Ordinal) || string.Equals(member.ToString(), text, StringComparison.Ordinal))
            {
                value = member;
                return true;
            }
        }

        value = default;
        return false;
    }
}
