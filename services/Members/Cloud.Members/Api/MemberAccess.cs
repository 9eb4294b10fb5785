using System.Security.Claims;
using Cloud.ServiceDefaults.Auth;

namespace Cloud.Members.Api;

/// <summary>Who may see what of a member's record.</summary>
public static class MemberAccess
{
    /// <summary>The whole national ID: the county's organization department only (others see it masked).</summary>
    public static bool MaySeeNationalId(ClaimsPrincipal user) => user.IsInRole(CloudRoles.CountyAdmin);
}
