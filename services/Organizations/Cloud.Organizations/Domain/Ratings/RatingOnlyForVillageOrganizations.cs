namespace Cloud.Organizations.Domain.Ratings;

/// <summary>Star rating and 升级晋档 grading are schemes for village Party organizations only (seed 000, indicator 44).</summary>
public static class RatingOnlyForVillageOrganizations
{
    public static RuleViolation? Check(Organization organization) =>
        organization.Domain == OrganizationDomain.Village ? null : new("organizationId", "星级评定和升级晋档只适用于村党组织（组织领域为 Village）");
}
