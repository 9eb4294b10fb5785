using Cloud.Persistence.OrganizationTree;
using Cloud.Reporting.Domain;

namespace Cloud.Reporting.Data;

public static class CountedMembers
{
    /// <summary>
    /// The member counts behind 党员总数 (<c>MemberCount</c>, domain.md §4 indicator 4) of <paramref name="organizations"/>:
    /// those of organizations in the tree copy and not dissolved; a count of an organization the copy lacks shows nowhere.
    /// </summary>
    public static IQueryable<OrganizationMemberCount> MemberCounts(this IQueryable<OrganizationNode> organizations, IQueryable<OrganizationMemberCount> counts) =>
        organizations.Where(o => o.Status != OrganizationNode.Dissolved)
            .Join(counts, o => o.OrganizationId, c => c.OrganizationId, (_, c) => c);
}
