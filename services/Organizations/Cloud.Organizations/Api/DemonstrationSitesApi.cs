using Cloud.Persistence;
using System.Security.Claims;
using Cloud.Organizations.Access;
using Cloud.Organizations.Api.Ratings;
using Cloud.Organizations.Data;
using Cloud.Organizations.Domain;
using Cloud.Organizations.Domain.Ratings;
using Cloud.ServiceDefaults.Auth;
using Cloud.ServiceDefaults.Problems;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Cloud.Organizations.Api;

/// <summary>党建示范点: naming organizations model sites with a liaison leader, and indicator 46 (sites).</summary>
public static class DemonstrationSitesApi
{
    private const string LockPurpose = "demonstration-site";

    public static IEndpointRouteBuilder MapDemonstrationSitesApi(this IEndpointRouteBuilder api)
    {
        api.MapGet("/demonstration-sites", ListSites);
        api.MapGet("/{id:guid}/demonstration-sites", ListSitesOf);
        api.MapPost("/{id:guid}/demonstration-sites", Designate).RequireAuthorization(CloudPolicies.CanManageOrganizations);
        api.MapPut("/{id:guid}/demonstration-sites/{siteId:guid}", Change).RequireAuthorization(CloudPolicies.CanManageOrganizations);
        return api;
    }

    public static async Task<Results<Ok<DemonstrationSiteResponse[]>, NotFound>> ListSitesOf(
        Guid id, ClaimsPrincipal user, OrganizationsDbContext db, IOrganizationScope scopes, CancellationToken cancellationToken)
    {
        if (!await user.MayActOnAsync(id, scopes, cancellationToken)
            || await db.Organizations.AsNoTracking().FirstOrDefaultAsync(o => o.Id == id, cancellationToken) is not { } organization)
        {
            return TypedResults.NotFound();
        }

        var sites = await db.DemonstrationSites.AsNoTracking().Where(s => s.OrganizationId == id).OrderByDescending(s => s.SinceYear).ToListAsync(cancellationToken);
        return TypedResults.Ok(sites.Select(s => DemonstrationSiteResponse.From(s, organization.Name)).ToArray());
    }

    public static async Task<Results<Created<DemonstrationSiteResponse>, NotFound, ValidationProblem, ProblemHttpResult>> Designate(
        Guid id, DemonstrationSiteRequest request, ClaimsPrincipal user, OrganizationsDbContext db, IOrganizationScope scopes, TimeProvider clock, CancellationToken cancellationToken)
    {
        if (!await user.MayActOnAsync(id, scopes, cancellationToken)
            || await db.Organizations.AsNoTracking().FirstOrDefaultAsync(o => o.Id == id, cancellationToken) is not { } organization)
        {
            return TypedResults.NotFound();
        }

        var validation = request.Validate(CountyCalendar.Today(clock));
        if (!validation.IsValid)
        {
            return validation.ToProblem();
        }

        if (organization.Status == OrganizationStatus.Dissolved)
        {
            return TypedResults.Problem(title: "组织已撤销，不能再命名为示范点", statusCode: StatusCodes.Status409Conflict);
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await db.LockAsync(LockPurpose, id, cancellationToken);
        var sites = await db.DemonstrationSites.Where(s => s.OrganizationId == id).ToListAsync(cancellationToken);
        if (sites.Any(s => s.Overlaps(request.SinceYear!.Value, request.UntilYear)))
        {
            return Overlapping();
        }

        var site = DemonstrationSite.Designate(id, request.LiaisonLeaderId!.Value, request.SinceYear!.Value, request.UntilYear, clock.GetUtcNow());
        db.DemonstrationSites.Add(site);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return TypedResults.Created($"/api/organizations/{id}/demonstration-sites/{site.Id}", DemonstrationSiteResponse.From(site, organization.Name));
    }

    /// <summary>Changes the liaison leader or the years, e.g. ends the site with its last year.</summary>
    public static async Task<Results<Ok<DemonstrationSiteResponse>, NotFound, ValidationProblem, ProblemHttpResult>> Change(
        Guid id, Guid siteId, DemonstrationSiteRequest request, ClaimsPrincipal user, OrganizationsDbContext db, IOrganizationScope scopes, TimeProvider clock, CancellationToken cancellationToken)
    {
        if (!await user.MayActOnAsync(id, scopes, cancellationToken)
            || await db.Organizations.AsNoTracking().FirstOrDefaultAsync(o => o.Id == id, cancellationToken) is not { } organization)
        {
            return TypedResults.NotFound();
        }

        var validation = request.Validate(CountyCalendar.Today(clock));
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await db.LockAsync(LockPurpose, id, cancellationToken);
        var sites = await db.DemonstrationSites.Where(s => s.OrganizationId == id).ToListAsync(cancellationToken);
        if (sites.FirstOrDefault(s => s.Id == siteId) is not { } site)
        {
            return TypedResults.NotFound();
        }

        if (!validation.IsValid)
        {
            return validation.ToProblem();
        }

        if (sites.Any(s => s.Id != siteId && s.Overlaps(request.SinceYear!.Value, request.UntilYear)))
        {
            return Overlapping();
        }

        site.Change(request.LiaisonLeaderId!.Value, request.SinceYear!.Value, request.UntilYear);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return TypedResults.Ok(DemonstrationSiteResponse.From(site, organization.Name));
    }

    /// <summary>Indicator 46 <c>DemonstrationSites</c>: the sites of the organizations the user sees in a year (default this year).</summary>
    public static async Task<Results<Ok<DemonstrationSitesResponse>, ValidationProblem>> ListSites(
        int? year, ClaimsPrincipal user, OrganizationsDbContext db, TimeProvider clock, CancellationToken cancellationToken)
    {
        var period = year ?? CountyCalendar.Today(clock).Year;
        if (RecordYears.Listable(period) is { } badYear)
        {
            return new Validation().Add(badYear.Field, badYear.Message).ToProblem();
        }

        var rows = await (
                from s in db.DemonstrationSites.AsNoTracking()
                join o in db.VisibleTo(user) on s.OrganizationId equals o.Id
                where s.SinceYear <= period && (s.UntilYear == null || s.UntilYear >= period)
                orderby o.Name
                select new { Site = s, o.Name })
            .ToListAsync(cancellationToken);
        var sites = rows.Select(r => DemonstrationSiteResponse.From(r.Site, r.Name)).ToArray();
        return TypedResults.Ok(new DemonstrationSitesResponse(period, sites.Length, sites));
    }

    private static ProblemHttpResult Overlapping() =>
        TypedResults.Problem(title: "该组织在这些年份已是示范点", statusCode: StatusCodes.Status409Conflict);
}
