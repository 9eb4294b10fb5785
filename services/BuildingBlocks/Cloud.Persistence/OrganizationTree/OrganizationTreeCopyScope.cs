using Cloud.ServiceDefaults.Auth;
using Microsoft.EntityFrameworkCore;

namespace Cloud.Persistence.OrganizationTree;

/// <summary>"Is this organization within the caller's org_scope?" over the local tree copy: one indexed query (GiST on path).</summary>
public sealed class OrganizationTreeCopyScope(CloudDbContext db) : IOrganizationScope
{
    public Task<bool> ContainsAsync(Guid scope, Guid organizationId, CancellationToken cancellationToken) =>
        db.Database.SqlQuery<bool>(
            $"""
            SELECT EXISTS (
                SELECT 1 FROM organization_tree s JOIN organization_tree o ON o.path <@ s.path
                WHERE s.organization_id = {scope} AND o.organization_id = {organizationId}) AS "Value"
            """).SingleAsync(cancellationToken);
}
