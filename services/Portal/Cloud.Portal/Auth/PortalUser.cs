using System.Security.Claims;
using Cloud.ServiceDefaults.Auth;

namespace Cloud.Portal.Auth;

/// <summary>
/// The signed-in person as the Portal's navigation sees them: county, roles, scope and own member record. Each
/// <c>Can…</c> mirrors the services' policy of the same name (CloudPolicies), so nothing shows that the API would refuse.
/// </summary>
public sealed class PortalUser(ClaimsPrincipal principal)
{
    public ClaimsPrincipal Principal { get; } = principal;

    public string Name => Principal.FindFirst(CloudClaims.Name)?.Value ?? string.Empty;

    public string? County => Principal.FindFirst(CloudClaims.Tenant)?.Value;

    public Guid? OrgScope => Guid.TryParse(Principal.FindFirst(CloudClaims.OrgScope)?.Value, out var id) ? id : null;

    public Guid? MemberId => Guid.TryParse(Principal.FindFirst(CloudClaims.MemberId)?.Value, out var id) ? id : null;

    public bool IsPlatformAdmin => Principal.IsInRole(CloudRoles.PlatformAdmin);

    public bool IsCountyAdmin => InCounty(CloudRoles.CountyAdmin);

    public bool IsOrgAdmin => InCounty(CloudRoles.OrgAdmin);

    public bool IsBranchSecretary => InCounty(CloudRoles.BranchSecretary);

    public bool IsAuditor => InCounty(CloudRoles.Auditor);

    public bool IsMember => InCounty(CloudRoles.Member);

    /// <summary>CanReadCity: the statistics of every county of the city on Cloud (市委组织部).</summary>
    public bool IsCityViewer => Principal.IsInRole(CloudRoles.CityViewer) && Principal.FindFirst(CloudClaims.City)?.Value is { Length: 4 };

    /// <summary>CanReadCounty: the county's organizations, members and pipeline (a scoped role: its subtree).</summary>
    public bool CanReadCounty => IsCountyAdmin || IsOrgAdmin || IsBranchSecretary || IsAuditor;

    /// <summary>CanManageOrganizations.</summary>
    public bool CanManageOrganizations => IsCountyAdmin || IsOrgAdmin;

    /// <summary>CanManageMembers: member records, the admission pipeline, transfers.</summary>
    public bool CanManageMembers => IsCountyAdmin || IsOrgAdmin || IsBranchSecretary;

    /// <summary>CanManageUsers: the county's users and the audit log.</summary>
    public bool CanManageUsers => IsCountyAdmin;

    /// <summary>The role names in Chinese, for the app bar.</summary>
    public IEnumerable<string> RoleNames => Principal.FindAll(CloudClaims.Role).Select(r => RoleName(r.Value));

    public static string RoleName(string role) => role switch
    {
        CloudRoles.PlatformAdmin => "平台管理员",
        CloudRoles.CountyAdmin => "县委组织部管理员",
        CloudRoles.OrgAdmin => "党委管理员",
        CloudRoles.BranchSecretary => "支部书记",
        CloudRoles.Member => "党员",
        CloudRoles.Auditor => "纪检审计",
        CloudRoles.CityViewer => "市委组织部",
        CloudRoles.Ops => "运维",
        _ => role,
    };

    private bool InCounty(string role) => County is not null && Principal.IsInRole(role);
}
