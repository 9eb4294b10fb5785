using Microsoft.AspNetCore.Authorization;
using Cloud.ServiceDefaults.Tenancy;

namespace Cloud.ServiceDefaults.Auth;

/// <summary>Authorization policies shared by every service; the identity issue adds the role matrix.</summary>
public static class CloudPolicies
{
    /// <summary>An authenticated user acting inside one county (the token carries a valid <c>tenant</c>).</summary>
    public const string CountyUser = nameof(CountyUser);

    /// <summary>May change the county's organization tree.</summary>
    public const string CanManageOrganizations = nameof(CanManageOrganizations);

    public static AuthorizationBuilder AddCloudPolicies(this AuthorizationBuilder authorization) => authorization
        .AddPolicy(CountyUser, policy => policy.RequireAuthenticatedUser().RequireAssertion(HasCounty))
        .AddPolicy(CanManageOrganizations, policy => policy
            .RequireAuthenticatedUser()
            .RequireAssertion(HasCounty)
            .RequireRole(CloudRoles.CountyAdmin, CloudRoles.OrgAdmin));

    private static bool HasCounty(AuthorizationHandlerContext context) =>
        CountyCode.IsValid(context.User.FindFirst(CloudClaims.Tenant)?.Value);
}
