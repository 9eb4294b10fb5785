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
using Npgsql;

namespace Cloud.Organizations.Api;

/// <summary>Honors organizations receive ("五个好", "五好"党支部, 先进基层党组织, ...) and indicator 47.</summary>
public static class HonorsApi
{
    public static IEndpointRouteBuilder MapHonorsApi(this IEndpointRouteBuilder api)
    {
        api.MapGet("/honors", ListHonors);
        api.MapGet("/{id:guid}/honors", ListHonorsOf);
        api.MapPost("/{id:guid}/honors", Grant).RequireAuthorization(CloudPolicies.CanManageOrganizations);
        api.MapDelete("/{id:guid}/honors/{honorId:guid}", Withdraw).RequireAuthorization(CloudPolicies.CanManageOrganizations);
        return api;
    }

    public static async Task<Results<Ok<HonorResponse[]>, NotFound>> ListHonorsOf(
        Guid id, ClaimsPrincipal user, OrganizationsDbContext db, IOrganizationScope scopes, CancellationToken cancellationToken)
    {
        if (!await user.MayActOnAsync(id, scopes, cancellationToken)
            || await db.Organizations.AsNoTracking().FirstOrDefaultAsync(o => o.Id == id, cancellationToken) is not { } organization)
        {
            return TypedResults.NotFound();
        }

        var honors = await db.Honors.AsNoTracking().Where(h => h.OrganizationId == id).OrderByDescending(h => h.Year).ThenBy(h => h.CreatedAt).ToListAsync(cancellationToken);
        return TypedResults.Ok(honors.Select(h => HonorResponse.From(h, organization.Name)).ToArray());
    }

    public static async Task<Results<Created<HonorResponse>, NotFound, ValidationProblem, ProblemHttpResult>> Grant(
        Guid id, HonorRequest request, ClaimsPrincipal user, OrganizationsDbContext db, IOrganizationScope scopes, TimeProvider clock, CancellationToken cancellationToken)
    {
        if (!await user.MayActOnAsync(id, scopes, cancellationToken)
            || await db.Organizations.AsNoTracking().FirstOrDefaultAsync(o => o.Id == id, cancellationToken) is not { } organization)
        {
            return TypedResults.NotFound();
        }

        var validation = request.Validate(CountyCalendar.Today(clock), out var award, out var level);
        if (!validation.IsValid)
        {
            return validation.ToProblem();
        }

        var honor = OrganizationHonor.Grant(id, award, request.Title, request.Year!.Value, level, clock.GetUtcNow());
        db.Honors.Add(honor);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException e) when (e.InnerException is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation })
        {
            // The unique index says it once for all writers: the same honor of the same year and level is recorded once.
            return TypedResults.Problem(title: "该组织已登记过这项表彰", statusCode: StatusCodes.Status409Conflict);
        }

        return TypedResults.Created($"/api/organizations/{id}/honors/{honor.Id}", HonorResponse.From(honor, organization.Name));
    }

    /// <summary>Removes an honor recorded by mistake.</summary>
    public static async Task<Results<NoContent, NotFound>> Withdraw(
        Guid id, Guid honorId, ClaimsPrincipal user, OrganizationsDbContext db, IOrganizationScope scopes, CancellationToken cancellationToken)
    {
        if (!await user.MayActOnAsync(id, scopes, cancellationToken))
        {
            return TypedResults.NotFound();
        }

        var deleted = await db.Honors.Where(h => h.Id == honorId && h.OrganizationId == id).ExecuteDeleteAsync(cancellationToken);
        return deleted == 0 ? TypedResults.NotFound() : TypedResults.NoContent();
    }

    /// <summary>Indicator 47 over the organizations the user sees, for a year (default this year) and optionally one level.</summary>
    public static async Task<Results<Ok<HonorsResponse>, ValidationProblem>> ListHonors(
        int? year, string? level, ClaimsPrincipal user, OrganizationsDbContext db, TimeProvider clock, CancellationToken cancellationToken)
    {
        var period = year ?? CountyCalendar.Today(clock).Year;
        if (RecordYears.Listable(period) is { } badYear)
        {
            return new Validation().Add(badYear.Field, badYear.Message).ToProblem();
        }

        var query = from h in db.Honors.AsNoTracking()
                    join o in db.VisibleTo(user) on h.OrganizationId equals o.Id
                    where h.Year == period
                    select new { Honor = h, o.Name };
        if (!string.IsNullOrEmpty(level))
        {
            if (!EnumNames.TryParse(level, out HonorLevel parsed))
            {
                return new Validation().Add("level", $"表彰级别必须是 {EnumNames.Names<HonorLevel>()} 之一").ToProblem();
            }

            query = query.Where(r => r.Honor.Level == parsed);
        }

        var rows = await query.OrderBy(r => r.Honor.Level).ThenBy(r => r.Name).ToListAsync(cancellationToken);
        var honors = rows.Select(r => r.Honor).ToList();
        return TypedResults.Ok(new HonorsResponse(
            period, string.IsNullOrEmpty(level) ? null : level, honors.Count, honors.Select(h => h.OrganizationId).Distinct().Count(),
            [.. Enum.GetValues<HonorAward>().Select(a => new NamedCount(a.ToString(), honors.Count(h => h.Award == a)))],
            [.. Enum.GetValues<HonorLevel>().Select(l => new NamedCount(l.ToString(), honors.Count(h => h.Level == l)))],
            [.. rows.Select(r => HonorResponse.From(r.Honor, r.Name))]));
    }
}
