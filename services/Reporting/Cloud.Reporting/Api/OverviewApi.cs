using System.Security.Claims;
using Cloud.Persistence.OrganizationTree;
using Cloud.Reporting.Data;
using Cloud.ServiceDefaults.Auth;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Cloud.Reporting.Api;

public static class OverviewApi
{
    public static IEndpointRouteBuilder MapOverviewApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/reporting/overview", GetOverview).RequireAuthorization(CloudPolicies.CanReadCounty);
        return app;
    }

    /// <summary>
    /// The county's headline figures; for now 基层党组织数 by type.
    /// A scoped user (township OrgAdmin) gets the figures of its own subtree.
    /// </summary>
    public static async Task<Ok<CountyOverview>> GetOverview(ClaimsPrincipal user, ReportingDbContext db, CancellationToken cancellationToken)
    {
        var byType = await db.OrganizationsVisibleTo(user).AsNoTracking()
            .Counted()
            .GroupBy(o => o.Type)
            .Select(g => new { Type = g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.Type, g => g.Count, cancellationToken);
        return TypedResults.Ok(new CountyOverview(db.Tenant.TenantId!, byType.Values.Sum(), byType));
    }
}
