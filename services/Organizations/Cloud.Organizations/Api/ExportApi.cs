using System.Security.Claims;
using Cloud.Organizations.Access;
using Cloud.Organizations.Data;
using Cloud.Organizations.Domain;
using Cloud.Organizations.Domain.Import;
using Cloud.ServiceDefaults.Auth;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Cloud.Organizations.Api;

/// <summary>The county's tree (a scoped user's subtree) as an .xlsx organization list in the import's columns.</summary>
public static class ExportApi
{
    public const string XlsxContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    public static IEndpointRouteBuilder MapExportApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/organizations/export.xlsx", ExportOrganizations).RequireAuthorization(CloudPolicies.CanReadCounty);
        return app;
    }

    public static async Task<FileContentHttpResult> ExportOrganizations(ClaimsPrincipal user, OrganizationsDbContext db, TimeProvider clock, CancellationToken cancellationToken)
    {
        // By path: each parent before its children, as the import reads them best.
        var tree = await db.VisibleTo(user).AsNoTracking().OrderBy(o => o.Path).ToListAsync(cancellationToken);
        var committee = await db.Organizations.AsNoTracking()
            .Where(o => o.Type == OrganizationType.CountyCommittee).Select(o => o.Name).FirstOrDefaultAsync(cancellationToken);
        var county = CountyName(committee) ?? db.Tenant.TenantId;
        var workbook = OrganizationListExport.Workbook(OrganizationListExport.Rows(tree));
        return TypedResults.File(workbook, XlsxContentType, $"组织架构-{county}-{CountyCalendar.Today(clock):yyyy-MM-dd}.xlsx");
    }

    // "中共千河县委员会" → "千河县".
    private static string? CountyName(string? committee) =>
        committee is { Length: > 5 } && committee.StartsWith("中共", StringComparison.Ordinal) && committee.EndsWith("委员会", StringComparison.Ordinal)
            ? committee[2..^3]
            : committee;
}
