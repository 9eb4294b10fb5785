using System.Linq.Expressions;
using Cloud.Persistence.OrganizationTree;

namespace Cloud.Reporting.Domain;

/// <summary>基层党组织数 (OrgCountByType, domain.md §4 indicator 1): which organizations of the tree are counted.</summary>
public static class GrassrootsOrganizationCount
{
    /// <summary>The county committee tops the tree but is a local committee, not a grassroots organization (domain.md §1.1).</summary>
    public const string CountyCommittee = "CountyCommittee";

    /// <summary>Organizations not dissolved, other than the county committee.</summary>
    public static readonly Expression<Func<OrganizationNode, bool>> Counted =
        o => o.Type != CountyCommittee && o.Status != OrganizationNode.Dissolved;
}
