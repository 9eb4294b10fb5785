namespace Cloud.Reporting.Domain.Statistics;

/// <summary>
/// The Chinese names of the values statistics count by, as the county's tables print them; the page and the workbook
/// both take them from the report, so they always agree. A value without a name shows as itself.
/// </summary>
public static class StatisticsVocabulary
{
    public static readonly IReadOnlyDictionary<string, string> OrganizationTypes = new Dictionary<string, string>
    {
        ["PrimaryCommittee"] = "基层党委", ["GeneralBranch"] = "党总支", ["Branch"] = "党支部",
    };

    public static readonly IReadOnlyDictionary<string, string> Domains = new Dictionary<string, string>
    {
        ["Village"] = "农村", ["Community"] = "社区", ["Township"] = "乡镇（街道）", ["GovernmentOrgan"] = "机关", ["PublicInstitution"] = "事业单位",
        ["StateOwnedEnterprise"] = "国有企业", ["PrivateEnterprise"] = "非公企业", ["SocialOrganization"] = "社会组织", ["School"] = "学校",
        ["Cooperative"] = "合作经济组织", ["Park"] = "园区", ["Other"] = "其他",
    };

    public static readonly IReadOnlyDictionary<string, string> Genders = new Dictionary<string, string>
    {
        ["Male"] = "男", ["Female"] = "女",
    };

    public static readonly IReadOnlyDictionary<string, string> Employment = new Dictionary<string, string>
    {
        ["Active"] = "在职", ["Retired"] = "离退休", ["PreRevolutionRetired"] = "离休",
    };

    public static readonly IReadOnlyDictionary<string, string> Education = new Dictionary<string, string>
    {
        ["CollegeOrAbove"] = "大专及以上", ["Secondary"] = "高中、中专", ["JuniorHighOrBelow"] = "初中及以下",
    };

    public static readonly IReadOnlyDictionary<string, string> Occupations = new Dictionary<string, string>
    {
        ["Worker"] = "工人", ["FarmerHerderFisher"] = "农牧渔民", ["ProfessionalTechnical"] = "专业技术人员",
        ["Manager"] = "企事业单位、社会组织管理人员", ["PartyGovernmentStaff"] = "党政机关工作人员", ["Student"] = "学生",
        ["Retired"] = "离退休人员", ["Other"] = "其他职业",
    };

    public static readonly IReadOnlyDictionary<string, string> Stages = new Dictionary<string, string>
    {
        ["Applicant"] = "入党申请人", ["Activist"] = "入党积极分子", ["Candidate"] = "发展对象",
    };

    public static string Name(IReadOnlyDictionary<string, string> names, string? value) =>
        value is null or "" ? "未填写" : names.TryGetValue(value, out var name) ? name : value;
}
