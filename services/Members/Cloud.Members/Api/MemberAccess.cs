using System.Security.Claims;
using Cloud.ServiceDefaults.Auth;

namespace Cloud.Members.Api;

/// <summary>
/// Who may see what of a member's record. The whole national ID: the county's organization department (CountyAdmin),
/// which keeps the rolls, and the member themself (a Member token whose <c>member_id</c> names the record). Everyone
/// else who may read the record (OrgAdmin, BranchSecretary within their subtree; Auditor) sees it masked. Ops sees nothing.
/// </summary>
public static class MemberAccess
{
    /// <summary>Roles that read records, most privileged first; the first one a reader holds is logged as the reading role.</summary>
    private static readonly string[] ReadingRoles = [CloudRoles.CountyAdmin, CloudRoles.OrgAdmin, CloudRoles.BranchSecretary, CloudRoles.Auditor, CloudRoles.Member];

    /// <summary>Whole national IDs of any member of the county (lists, exports): the county's organization department only.</summary>
    public static bool MaySeeNationalId(ClaimsPrincipal user) => user.IsInRole(CloudRoles.CountyAdmin);

    public static bool MaySeeNationalId(ClaimsPrincipal user, Guid memberId) => user.IsInRole(CloudRoles.CountyAdmin) || IsSelf(user, memberId);

    /// <summary>The member reading their own record (not logged as someone else looking).</summary>
    public static bool IsSelf(ClaimsPrincipal user, Guid memberId) => OwnMemberId(user) == memberId;

    /// <summary>The record a Member user is linked to (claim <c>member_id</c>), if any.</summary>
    public static Guid? OwnMemberId(ClaimsPrincipal user) =>
        user.IsInRole(CloudRoles.Member) && Guid.TryParse(user.FindFirst(CloudClaims.MemberId)?.Value, out var id) ? id : null;

    public static string ReadingRole(ClaimsPrincipal user) => ReadingRoles.FirstOrDefault(user.IsInRole) ?? "unknown";
}
