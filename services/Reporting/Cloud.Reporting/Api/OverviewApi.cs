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
    /// The county's headline figures: 基层党组织数 by type and 党员总数 (full and probationary).
    /// A scoped user (township OrgAdmin) gets the figures of its own subtree.
    /// </summary>
    public static async Task<Ok<CountyOverview>> GetOverview(ClaimsPrincipal user, ReportingDbContext db, CancellationToken cancellationToken)
    {
        var visible = db.OrganizationsVisibleTo(user).AsNoTracking();
        var byType = await visible
            .Counted()
            .GroupBy(o => o.Type)
            .Select(g => new { Type = g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.Type, g => g.Count, cancellationToken);
        var members = await visible.MemberCounts(db.MemberCounts)
            .GroupBy(_ => 1)
            .Select(g => new { Full = g.Sum(c => c.FullMembers), Probationary = g.Sum(c => c.ProbationaryMembers) })
            .FirstOrDefaultAsync(cancellationToken);
        var (full, probationary) = members is null ? (0, 0) : (members.Full, members.Probationary);
        return TypedResults.Ok(new CountyOverview(db.Tenant.TenantId!, byType.Values.Sum(), byType, full + probationary, full, probationary));
    }
}
