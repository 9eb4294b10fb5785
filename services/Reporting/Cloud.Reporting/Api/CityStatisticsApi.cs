using System.Security.Claims;
using Cloud.Contracts;
using Cloud.Reporting.Data;
using Cloud.ServiceDefaults.Auth;
using Cloud.ServiceDefaults.Problems;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Cloud.Reporting.Api;

public static class CityStatisticsApi
{
    private const int CountiesAtOnce = 4;

    public static IEndpointRouteBuilder MapCityStatisticsApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/reporting/city/statistics", GetCityStatistics).RequireAuthorization(CloudPolicies.CanReadCity);
        return app;
    }

    /// <summary>
    /// A city's roll-up for its <c>CityViewer</c>: each county of the city that is on Cloud, side by side, as of
    /// <paramref name="asOf"/> with flows from <paramref name="from"/>, and the city's sum. Each county's figures are read
    /// in a unit of work of that county (its tenant on the connection, row-level security forced), never across counties
    /// in one statement, and only for the counties of the caller's own city.
    /// </summary>
    public static async Task<Results<Ok<CityStatistics>, ValidationProblem>> GetCityStatistics(
        DateOnly? asOf, DateOnly? from, ClaimsPrincipal user, ReportingDbContext registry, IServiceScopeFactory scopes, TimeProvider clock,
        CancellationToken cancellationToken)
    {
        var day = asOf ?? CountyCalendar.Today(clock);
        var start = from ?? new DateOnly(day.Year, 1, 1);
        if (start > day)
        {
            return new Validation().Add("from", "统计期开始日期不能晚于统计日期").ToProblem();
        }

        var city = user.FindFirst(CloudClaims.City)!.Value;
        var counties = await registry.Counties.AsNoTracking().Where(c => c.City == city).OrderBy(c => c.Code).Select(c => new { c.Code, c.Name }).ToListAsync(cancellationToken);
        // A few counties at a time, each on its own connection: a city has a dozen or two, and the pool serves everyone else too.
        var reports = new CountyFigures[counties.Count];
        await Parallel.ForEachAsync(Enumerable.Range(0, counties.Count), new ParallelOptions { MaxDegreeOfParallelism = CountiesAtOnce, CancellationToken = cancellationToken },
            async (index, token) =>
            {
                var county = counties[index];
                await using var scope = scopes.CreateAsyncScope();
                var db = scope.ServiceProvider.GetRequiredService<ReportingDbContext>();
                db.Tenant.Set(county.Code);
                reports[index] = CountyFigures.Of(county.Code, county.Name, await StatisticsReports.BuildAsync(db, day, start, null, token));
            });
        return TypedResults.Ok(new CityStatistics(city, day, start, reports, CountyFigures.Sum(city, reports)));
    }
}
