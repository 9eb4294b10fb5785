using Cloud.ServiceDefaults.Auth;
using Cloud.ServiceDefaults.Tenancy;
using Microsoft.AspNetCore.Authorization;

namespace Cloud.Identity.Api;

/// <summary>
/// Who may call Identity's admin APIs beyond the shared <see cref="CloudPolicies"/> (users: <see cref="UserManager"/>); RoleMatrixTests holds the same rules as data.
/// </summary>
public static class IdentityPolicies
{
    /// <summary>A platform operator: role PlatformAdmin and no county in the token (stricter than <see cref="CloudPolicies.Platform"/>).</summary>
    public const string PlatformAdmin = "Identity." + nameof(PlatformAdmin);

    /// <summary>Reads a county's audit trail: its CountyAdmin or Auditor.</summary>
    public const string AuditReader = "Identity." + nameof(AuditReader);

    /// <summary>Creates machine clients: a platform operator, or a county's admin for that county.</summary>
    public const string ClientCreator = "Identity." + nameof(ClientCreator);

    /// <summary>Manages users: a county's admin all of them, an OrgAdmin those scoped inside its subtree (UserAdministration).</summary>
    public const string UserManager = "Identity." + nameof(UserManager);

    public static AuthorizationBuilder AddIdentityPolicies(this AuthorizationBuilder authorization) => authorization
        .AddPolicy(PlatformAdmin, policy => policy.RequireAssertion(IsPlatformAdmin))
        .AddPolicy(AuditReader, policy => policy.RequireAssertion(c =>
            InCounty(c) && (c.User.IsInRole(CloudRoles.CountyAdmin) || c.User.IsInRole(CloudRoles.Auditor))))
        .AddPolicy(UserManager, policy => policy.RequireAssertion(c =>
            InCounty(c) && (c.User.IsInRole(CloudRoles.CountyAdmin) || (c.User.IsInRole(CloudRoles.OrgAdmin) && c.User.OrganizationScope() is not null))))
        .AddPolicy(ClientCreator, policy => policy.RequireAssertion(c =>
            IsPlatformAdmin(c) || (InCounty(c) && c.User.IsInRole(CloudRoles.CountyAdmin))));

    private static bool IsPlatformAdmin(AuthorizationHandlerContext context) =>
        context.User.Identity?.IsAuthenticated == true
        && context.User.IsInRole(CloudRoles.PlatformAdmin)
        && context.User.FindFirst(CloudClaims.Tenant) is null;

    private static bool InCounty(AuthorizationHandlerContext context) =>
        context.User.Identity?.IsAuthenticated == true && CountyCode.IsValid(context.User.FindFirst(CloudClaims.Tenant)?.Value);
}
