using System.Security.Claims;
using Cloud.Identity.Data;
using Cloud.Identity.Domain;
using Cloud.Persistence.OrganizationTree;
using Cloud.ServiceDefaults.Auth;

namespace Cloud.Identity.Accounts;

/// <summary>
/// Which users a caller manages and which roles it may hand out. A CountyAdmin manages the whole county; an OrgAdmin
/// (a township's, say) manages the OrgAdmins and BranchSecretaries scoped inside its subtree, as the county's copy of the
/// organization tree places them, and can hand out only those roles, only inside that subtree.
/// </summary>
public sealed class UserAdministration(IdentityDbContext db, IOrganizationScope scopes)
{
    /// <summary>Roles a scoped OrgAdmin may assign (with an organization in its subtree); county-wide roles stay with the CountyAdmin.</summary>
    public static readonly string[] RolesOrgAdminsAssign = [CloudRoles.OrgAdmin, CloudRoles.BranchSecretary, CloudRoles.Member];

    public IQueryable<CloudUser> ManagedBy(ClaimsPrincipal caller)
    {
        if (caller.OrganizationScope() is null)
        {
            return db.Users;
        }

        var subtree = db.OrganizationsVisibleTo(caller).Select(o => o.OrganizationId);
        return db.Users.Where(u => u.OrgScope != null && subtree.Contains(u.OrgScope.Value));
    }

    /// <summary>Field errors for a scoped caller assigning <paramref name="roles"/> at <paramref name="orgScope"/>; none for county-wide callers.</summary>
    public async Task<IReadOnlyList<(string Field, string Message)>> CheckAssignmentAsync(
        ClaimsPrincipal caller, IReadOnlyList<string>? roles, Guid? orgScope, CancellationToken cancellationToken)
    {
        if (caller.OrganizationScope() is null || roles is null)
        {
            return [];
        }

        var errors = new List<(string, string)>();
        if (roles.Any(r => !RolesOrgAdminsAssign.Contains(r, StringComparer.Ordinal)))
        {
            errors.Add(("roles", $"组织管理员只能分配 {string.Join(" / ", RolesOrgAdminsAssign)} 角色"));
        }

        if (orgScope is not { } scope || !await caller.MayActOnAsync(scope, scopes, cancellationToken))
        {
            errors.Add(("orgScope", "管理的组织必须在您的管辖范围之内"));
        }
        else if (!roles.Contains(CloudRoles.OrgAdmin) && !roles.Contains(CloudRoles.BranchSecretary))
        {
            errors.Add(("roles", "组织管理员分配的角色须包含 OrgAdmin 或 BranchSecretary"));
        }

        return errors;
    }
}
