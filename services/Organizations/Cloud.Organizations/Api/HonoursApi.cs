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

/// <summary>Honours organizations receive ("五个好", "五好"党支部, 先进基层党组织, ...) and indicator 47.</summary>
public static class HonoursApi
{
    public static IEndpointRouteBuilder MapHonoursApi(this IEndpointRouteBuilder api)
    {
        api.MapGet("/honours", ListHonours);
        api.MapGet("/{id:guid}/honours", ListHonoursOf);
        api.MapPost("/{id:guid}/honours", Grant).RequireAuthorization(CloudPolicies.CanManageOrganizations);
        api.MapDelete("/{id:guid}/honours/{honourId:guid}", Withdraw).RequireAuthorization(CloudPolicies.CanManageOrganizations);
        return api;
    }

    public static async Task<Results<Ok<HonourResponse[]>, NotFound>> ListHonoursOf(
        Guid id, ClaimsPrincipal user, OrganizationsDbContext db, IOrganizationScope scopes, CancellationToken cancellationToken)
    {
        if (!await user.MayActOnAsync(id, scopes, cancellationToken)
            || await db.Organizations.AsNoTracking().FirstOrDefaultAsync(o => o.Id == id, cancellationToken) is not { } organization)
        {
            return TypedResults.NotFound();
        }

        var honours = await db.Honours.AsNoTracking().Where(h => h.OrganizationId == id).OrderByDescending(h => h.Year).ThenBy(h => h.CreatedAt).ToListAsync(cancellationToken);
        return TypedResults.Ok(honours.Select(h => HonourResponse.From(h, organization.Name)).ToArray());
    }

    public static async Task<Results<Created<HonourResponse>, NotFound, ValidationProblem, ProblemHttpResult>> Grant(
        Guid id, HonourRequest request, ClaimsPrincipal user, OrganizationsDbContext db, IOrganizationScope scopes, TimeProvider clock, CancellationToken cancellationToken)
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

        var honour = OrganizationHonour.Grant(id, award, request.Title, request.Year!.Value, level, clock.GetUtcNow());
        db.Honours.Add(honour);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException e) when (e.InnerException is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation })
        {
            // The unique index says it once for all writers: the same honour of the same year and level is recorded once.
            return TypedResults.Problem(title: "该组织已登记过这项表彰", statusCode: StatusCodes.Status409Conflict);
        }

        return TypedResults.Created($"/api/organizations/{id}/honours/{honour.Id}", HonourResponse.From(honour, organization.Name));
    }

    /// <summary>Removes an honour recorded by mistake.</summary>
    public static async Task<Results<NoContent, NotFound>> Withdraw(
        Guid id, Guid honourId, ClaimsPrincipal user, OrganizationsDbContext db, IOrganizationScope scopes, CancellationToken cancellationToken)
    {
        if (!await user.MayActOnAsync(id, scopes, cancellationToken))
        {
            return TypedResults.NotFound();
        }

        var deleted = await db.Honours.Where(h => h.Id == honourId && h.OrganizationId == id).ExecuteDeleteAsync(cancellationToken);
        return deleted == 0 ? TypedResults.NotFound() : TypedResults.NoContent();
    }

    /// <summary>Indicator 47 over the organizations the user sees, for a year (default this year) and optionally one level.</summary>
    public static async Task<Results<Ok<HonoursResponse>, ValidationProblem>> ListHonours(
        int? year, string? level, ClaimsPrincipal user, OrganizationsDbContext db, TimeProvider clock, CancellationToken cancellationToken)
    {
        var period = year ?? CountyCalendar.Today(clock).Year;
        if (RecordYears.Listable(period) is { } badYear)
        {
            return new Validation().Add(badYear.Field, badYear.Message).ToProblem();
        }

        var query = from h in db.Honours.AsNoTracking()
                    join o in db.VisibleTo(user) on h.OrganizationId equals o.Id
                    where h.Year == period
                    select new { Honour = h, o.Name };
        if (!string.IsNullOrEmpty(level))
        {
            if (!EnumNames.TryParse(level, out HonourLevel parsed))
            {
                return new Validation().Add("level", $"表彰级别必须是 {EnumNames.List<HonourLevel>()} 之一").ToProblem();
            }

            query = query.Where(r => r.Honour.Level == parsed);
        }

        var rows = await query.OrderBy(r => r.Honour.Level).ThenBy(r => r.Name).ToListAsync(cancellationToken);
        var honours = rows.Select(r => r.Honour).ToList();
        return TypedResults.Ok(new HonoursResponse(
            period, string.IsNullOrEmpty(level) ? null : level, honours.Count, honours.Select(h => h.OrganizationId).Distinct().Count(),
            [.. Enum.GetValues<HonourAward>().Select(a => new NamedCount(a.ToString(), honours.Count(h => h.Award == a)))],
            [.. Enum.GetValues<HonourLevel>().Select(l => new NamedCount(l.ToString(), honours.Count(h => h.Level == l)))],
            [.. rows.Select(r => HonourResponse.From(r.Honour, r.Name))]));
    }
}
