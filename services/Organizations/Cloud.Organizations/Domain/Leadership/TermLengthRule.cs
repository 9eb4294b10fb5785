using Cloud.Organizations.Domain.Settings;

namespace Cloud.Organizations.Domain.Leadership;

/// <summary>
/// How many years a term runs: village, community and township organizations 5 (O9, O11, O12: 支部工作条例 第二十一条,
/// 农村基层组织工作条例 第四–五条); other grassroots committees 5 and general branches and branches 3 (O10: 机关基层组织工作条例
/// 第五–七条). The years are the county's settings; party groups and the county committee have no terms here.
/// </summary>
public static class TermLengthRule
{
    public static bool HasTerms(OrganizationType type) => type is OrganizationType.PrimaryCommittee or OrganizationType.GeneralBranch or OrganizationType.Branch;

    /// <summary>The term length in years, or null for an organization without terms.</summary>
    public static int? YearsFor(OrganizationType type, OrganizationDomain? domain, CountySettings settings) =>
        !HasTerms(type) ? null
        : domain is OrganizationDomain.Village or OrganizationDomain.Community or OrganizationDomain.Township ? settings.VillageCommunityTownshipTermYears
        : type == OrganizationType.PrimaryCommittee ? settings.CommitteeTermYears
        : settings.OtherTermYears;
}
