using System.Security.Claims;
using Cloud.Organizations.Data;
using Cloud.Organizations.Domain;
using Cloud.ServiceDefaults.Auth;
using Microsoft.EntityFrameworkCore;

namespace Cloud.Organizations.Access;

/// <summary>
/// The org-scope check over the service's own tree: one indexed query, <c>o.path &lt;@ scope.path</c>. An OrgAdmin or
/// BranchSecretary scoped to an organization sees and changes that organization and everything under it.
/// </summary>
public sealed class OrganizationTreeScope(OrganizationsDbContext db) : IOrganizationScope
{
    public Task<bool> ContainsAsync(Guid scope, Guid organizationId, CancellationToken cancellationToken) =>
        db.Database.SqlQuery<bool>(
            $"""
            SELECT EXISTS (
                SELECT 1 FROM organizations s JOIN organizations o ON o.path <@ s.path
                WHERE s.id = {scope} AND o.id = {organizationId}) AS "Value"
            """).SingleAsync(cancellationToken);
}

public static class VisibleOrganizations
{
    /// <summary>
    /// The organizations the user may see: the whole county for county-wide users, the scope's subtree for scoped ones.
    /// Compose further LINQ on it; every list and search of the service starts here.
    /// </summary>
    public static IQueryable<Organization> VisibleTo(this OrganizationsDbContext db, ClaimsPrincipal user) =>
        user.OrganizationScope() is { } scope
            ? db.Organizations.FromSql($"SELECT o.* FROM organizations o WHERE o.path <@ (SELECT s.path FROM organizations s WHERE s.id = {scope})")
            : db.Organizations;
}
