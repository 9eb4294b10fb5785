using System.Security.Claims;
using Cloud.ServiceDefaults.Auth;
using Microsoft.EntityFrameworkCore;

namespace Cloud.Persistence.OrganizationTree;

public static class OrganizationTreeQueries
{
    /// <summary>The organizations of the copy the user may see: all for county-wide users, the scope's subtree for scoped ones.</summary>
    public static IQueryable<OrganizationNode> OrganizationsVisibleTo(this CloudDbContext db, ClaimsPrincipal user) =>
        user.OrganizationScope() is { } scope
            ? db.Set<OrganizationNode>().FromSql(
                $"SELECT o.* FROM organization_tree o WHERE o.path <@ (SELECT s.path FROM organization_tree s WHERE s.organization_id = {scope})")
            : db.Set<OrganizationNode>();
}
