using System.Security.Claims;
using Cloud.Members.Data;
using Cloud.Persistence.OrganizationTree;
using Microsoft.EntityFrameworkCore;

namespace Cloud.Members.Api;

/// <summary>The organizations a member's affiliation may name: active ones of the tree copy, within the caller's scope.</summary>
public static class MemberOrganizations
{
    public static Task<OrganizationNode?> FindAsync(MembersDbContext db, ClaimsPrincipal user, Guid organizationId, CancellationToken cancellationToken) =>
        db.OrganizationsVisibleTo(user).AsNoTracking()
            .FirstOrDefaultAsync(o => o.OrganizationId == organizationId && o.Status != OrganizationNode.Dissolved, cancellationToken);
}
