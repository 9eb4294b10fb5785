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

    /// <summary>The county committee tops the tree but is a local committee, not a grassroots organization (domain.md §1.1).</summary>
    public const string CountyCommittee = "CountyCommittee";

    /// <summary>The county's headline figures; for now 基层党组织数 (OrgCountByType).</summary>
    public static async Task<Ok<CountyOverview>> GetOverview(ReportingDbContext db, CancellationToken cancellationToken)
    {
        var byType = await db.Organizations.AsNoTracking()
            .Where(o => o.Type != CountyCommittee)
            .GroupBy(o => o.Type)
            .Select(g => new { Type = g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.Type, g => g.Count, cancellationToken);
        return TypedResults.Ok(new CountyOverview(db.Tenant.TenantId!, byType.Values.Sum(), byType));
    }
}
