using Cloud.Persistence.OrganizationTree;
using Cloud.Reporting.Domain;

namespace Cloud.Reporting.Data;

public static class CountedOrganizations
{
    /// <summary>The organizations of the tree copy that <see cref="GrassrootsOrganizationCount"/> counts: grassroots ones, not dissolved.</summary>
    public static IQueryable<OrganizationNode> Counted(this IQueryable<OrganizationNode> organizations) =>
        organizations.Where(o => !GrassrootsOrganizationCount.NotGrassroots.Contains(o.Type) && o.Status != OrganizationNode.Dissolved);
}
