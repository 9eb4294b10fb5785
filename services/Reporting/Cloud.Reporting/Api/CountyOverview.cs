namespace Cloud.Reporting.Api;

/// <summary>
/// The county's headline figures: 基层党组织数 (<c>OrgCountByType</c>) and 党员总数 (<c>MemberCount</c>) with 正式党员 and
/// 预备党员 (domain.md §4 indicators 1 and 4).
/// </summary>
public sealed record CountyOverview(
    string TenantId,
    int OrganizationCount,
    IReadOnlyDictionary<string, int> OrganizationsByType,
    int MemberCount,
    int FullMemberCount,
    int ProbationaryMemberCount);
