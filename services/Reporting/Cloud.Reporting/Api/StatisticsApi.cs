using System.Security.Claims;
using Cloud.Contracts;
using Cloud.Reporting.Data;
using System.Globalization;
using Cloud.ServiceDefaults.Auth;
using Cloud.ServiceDefaults.Problems;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Cloud.Reporting.Api;

public static class StatisticsApi
{
    /// <summary>The earliest day statistics can be asked for.</summary>
    public static readonly DateOnly Earliest = new(1949, 10, 1);

    public static IEndpointRouteBuilder MapStatisticsApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/reporting/statistics", GetStatistics).RequireAuthorization(CloudPolicies.CanReadCounty);
        app.MapGet("/api/reporting/statistics.xlsx", (DateOnly? asOf, DateOnly? from, Guid? organizationId, ClaimsPrincipal user, ReportingDbContext db, IOrganizationScope scopes, TimeProvider clock, CancellationToken cancellationToken) =>
                ExportAsync(asOf, from, organizationId, user, db, scopes, clock, report => TypedResults.File(StatisticsTable.Workbook(report), XlsxType, StatisticsTable.FileName(report, "xlsx")), cancellationToken))
            .RequireAuthorization(CloudPolicies.CanReadCounty);
        app.MapGet("/api/reporting/statistics.csv", (DateOnly? asOf, DateOnly? from, Guid? organizationId, ClaimsPrincipal user, ReportingDbContext db, IOrganizationScope scopes, TimeProvider clock, CancellationToken cancellationToken) =>
                ExportAsync(asOf, from, organizationId, user, db, scopes, clock, report => TypedResults.File(StatisticsTable.Csv(report), "text/csv; charset=utf-8", StatisticsTable.FileName(report, "csv")), cancellationToken))
            .RequireAuthorization(CloudPolicies.CanReadCounty);
        return app;
    }

    /// <summary>
    /// The indicators of the county, or of the subtree under <paramref name="organizationId"/>, as of <paramref name="asOf"/>
    /// (default today), with flows (new members) from <paramref name="from"/> (default 1 January of that year). A scoped
    /// user gets its own subtree and may narrow it, never widen it.
    /// </summary>
    public static async Task<Results<Ok<StatisticsReport>, ValidationProblem, ForbidHttpResult>> GetStatistics(
        DateOnly? asOf, DateOnly? from, Guid? organizationId, ClaimsPrincipal user, ReportingDbContext db, IOrganizationScope scopes,
        TimeProvider clock, CancellationToken cancellationToken) =>
        await ResolveAsync(asOf, from, organizationId, user, scopes, clock, cancellationToken) switch
        {
            { Problem: { } problem } => problem,
            { Forbidden: true } => TypedResults.Forbid(),
            var (day, start, root, _, _) => TypedResults.Ok(await StatisticsReports.BuildAsync(db, day, start, root, cancellationToken)),
        };

    private const string XlsxType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private static async Task<Results<FileContentHttpResult, ValidationProblem, ForbidHttpResult>> ExportAsync(
        DateOnly? asOf, DateOnly? from, Guid? organizationId, ClaimsPrincipal user, ReportingDbContext db, IOrganizationScope scopes,
        TimeProvider clock, Func<StatisticsReport, FileContentHttpResult> file, CancellationToken cancellationToken) =>
        await ResolveAsync(asOf, from, organizationId, user, scopes, clock, cancellationToken) switch
        {
            { Problem: { } problem } => problem,
            { Forbidden: true } => TypedResults.Forbid(),
            var (day, start, root, _, _) => file(await StatisticsReports.BuildAsync(db, day, start, root, cancellationToken)),
        };

    private sealed record Request(DateOnly Day, DateOnly Start, Guid? Root, ValidationProblem? Problem, bool Forbidden);

    // The day (default today), the period's start (default 1 January), and the subtree: the caller's own, or a part of it.
    private static async Task<Request> ResolveAsync(
        DateOnly? asOf, DateOnly? from, Guid? organizationId, ClaimsPrincipal user, IOrganizationScope scopes, TimeProvider clock, CancellationToken cancellationToken)
    {
        var day = asOf ?? CountyCalendar.Today(clock);
        var start = from ?? new DateOnly(day.Year, 1, 1);
        var validation = new Validation();
        if (day < Earliest)
        {
            validation.Add("asOf", $"统计日期不能早于 {Earliest:yyyy-MM-dd}");
        }

        if (start > day)
        {
            validation.Add("from", "统计期开始日期不能晚于统计日期");
        }

        if (!validation.IsValid)
        {
            return new(day, start, null, validation.ToProblem(), false);
        }

        var forbidden = organizationId is { } requested && !await user.MayActOnAsync(requested, scopes, cancellationToken);
        return new(day, start, organizationId ?? user.OrganizationScope(), null, forbidden);
    }
}
