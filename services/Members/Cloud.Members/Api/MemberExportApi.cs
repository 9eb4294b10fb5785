using Cloud.Contracts;
using System.Security.Claims;
using Cloud.Members.Data;
using Cloud.Members.Domain.Members;
using Cloud.Members.Import;
using Cloud.Members.Security;
using Cloud.Persistence.OrganizationTree;
using Cloud.ServiceDefaults.Auth;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Cloud.Members.Api;

/// <summary>The county's current members (a scoped user's subtree) as an .xlsx roster in the import's columns; IDs masked unless the caller may see them.</summary>
public static class MemberExportApi
{
    public const string XlsxContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    public static IEndpointRouteBuilder MapMemberExportApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/members/export.xlsx", Export).RequireAuthorization(CloudPolicies.CanReadCounty);
        return app;
    }

    public static async Task<FileContentHttpResult> Export(
        ClaimsPrincipal user, MembersDbContext db, NationalIdProtector protector, TimeProvider clock, CancellationToken cancellationToken)
    {
        var visible = await db.OrganizationsVisibleTo(user).AsNoTracking().ToDictionaryAsync(o => o.OrganizationId, cancellationToken);
        var sharedNames = (await db.Organizations.AsNoTracking().Where(o => o.Status != OrganizationNode.Dissolved).Select(o => o.Name).ToListAsync(cancellationToken))
            .CountBy(name => name).Where(n => n.Value > 1).Select(n => n.Key).ToHashSet();
        var ids = visible.Keys.ToList();
        var members = await db.Members.AsNoTracking()
            .Where(m => m.State == MemberState.Current && ids.Contains(m.OrganizationId))
            .ToListAsync(cancellationToken);
        var reveal = MemberAccess.MaySeeNationalId(user);
        var rows = members
            .OrderBy(m => visible[m.OrganizationId].Path, StringComparer.Ordinal).ThenBy(m => m.Name, StringComparer.Ordinal)
            .Select(m =>
            {
                var organization = visible[m.OrganizationId];
                var branch = sharedNames.Contains(organization.Name) ? organization.OrganizationId.ToString() : organization.Name;
                return RosterExport.Row(m, reveal ? protector.Reveal(m.NationalId) : m.NationalIdMasked, branch);
            });
        var today = CountyCalendar.Today(clock);
        return TypedResults.File(RosterExport.Workbook(rows), XlsxContentType, $"党员花名册-{today:yyyy-MM-dd}.xlsx");
    }
}
