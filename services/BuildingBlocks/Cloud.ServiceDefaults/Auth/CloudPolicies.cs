using System.Security.Claims;
using Cloud.ServiceDefaults.Tenancy;
using Microsoft.AspNetCore.Authorization;

namespace Cloud.ServiceDefaults.Auth;

/// <summary>
/// Authorization policies every service uses, by role (architecture.md §1). Ops sees health and telemetry, never
/// business data; a Member sees their own records only (each service checks the subject); scoped roles see their
/// subtree through <see cref="IOrganizationScope"/>.
/// </summary>
public static class CloudPolicies
{
    /// <summary>An authenticated user acting inside one county (the token carries a valid <c>tenant</c>).</summary>
    public const string CountyUser = nameof(CountyUser);

    /// <summary>Reads the county's business data: county staff, scoped staff (within their subtree) and auditors.</summary>
    public const string CanReadCounty = nameof(CanReadCounty);

    /// <summary>May change the county's organization tree.</summary>
    public const string CanManageOrganizations = nameof(CanManageOrganizations);

    /// <summary>May change member records and the admission pipeline.</summary>
    public const string CanManageMembers = nameof(CanManageMembers);

    /// <summary>Manages the county's users (Identity admin APIs).</summary>
    public const string CanManageUsers = nameof(CanManageUsers);

    /// <summary>Reads statistics of the counties of one city (the route's county must belong to the token's <c>city</c>).</summary>
    public const string CanReadCity = nameof(CanReadCity);

    /// <summary>Onboards and suspends counties.</summary>
    public const string Platform = nameof(Platform);

    /// <summary>Health, traces and metrics; no business data.</summary>
    public const string Operations = nameof(Operations);

    public static AuthorizationBuilder AddCloudPolicies(this AuthorizationBuilder authorization) => authorization
        .AddPolicy(CountyUser, policy => policy.RequireAuthenticatedUser().RequireAssertion(HasCounty))
        .AddPolicy(CanReadCounty, InCounty(CloudRoles.CountyAdmin, CloudRoles.OrgAdmin, CloudRoles.BranchSecretary, CloudRoles.Auditor))
        .AddPolicy(CanManageOrganizations, InCounty(CloudRoles.CountyAdmin, CloudRoles.OrgAdmin))
        .AddPolicy(CanManageMembers, InCounty(CloudRoles.CountyAdmin, CloudRoles.OrgAdmin, CloudRoles.BranchSecretary))
        .AddPolicy(CanManageUsers, InCounty(CloudRoles.CountyAdmin))
        .AddPolicy(CanReadCity, policy => policy.RequireAuthenticatedUser().RequireRole(CloudRoles.CityViewer).RequireAssertion(HasCity))
        .AddPolicy(Platform, policy => policy.RequireAuthenticatedUser().RequireRole(CloudRoles.PlatformAdmin))
        .AddPolicy(Operations, policy => policy.RequireAuthenticatedUser().RequireRole(CloudRoles.Ops, CloudRoles.PlatformAdmin));

    /// <summary>Whether the user may read statistics of <paramref name="county"/>: its own county's readers, or a city viewer of its city.</summary>
    public static bool MayReadStatisticsOf(ClaimsPrincipal user, string county) =>
        CountyCode.IsValid(county) && (
            (user.FindFirst(CloudClaims.Tenant)?.Value == county
                && (user.IsInRole(CloudRoles.CountyAdmin) || user.IsInRole(CloudRoles.Auditor) || user.IsInRole(CloudRoles.OrgAdmin) || user.IsInRole(CloudRoles.BranchSecretary)))
            || (user.IsInRole(CloudRoles.CityViewer) && user.FindFirst(CloudClaims.City)?.Value == CountyCode.CityOf(county)));

    private static Action<AuthorizationPolicyBuilder> InCounty(params string[] roles) =>
        policy => policy.RequireAuthenticatedUser().RequireAssertion(HasCounty).RequireRole(roles);

    private static bool HasCounty(AuthorizationHandlerContext context) =>
        CountyCode.IsValid(context.User.FindFirst(CloudClaims.Tenant)?.Value);

    private static bool HasCity(AuthorizationHandlerContext context) =>
        context.User.FindFirst(CloudClaims.City)?.Value is { Length: 4 } city && city.All(char.IsAsciiDigit);
}
