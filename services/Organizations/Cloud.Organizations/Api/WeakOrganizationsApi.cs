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
using Npgsql;

namespace Cloud.Organizations.Api;

/// <summary>软弱涣散 organizations: flagging, rectification, and indicator 45.</summary>
public static class WeakOrganizationsApi
{
    public static IEndpointRouteBuilder MapWeakOrganizationsApi(this IEndpointRouteBuilder api)
    {
        api.MapGet("/weak", ListWeak);
        api.MapGet("/{id:guid}/weak", ListFlags);
        api.MapPost("/{id:guid}/weak", Flag).RequireAuthorization(CloudPolicies.CanManageOrganizations);
        api.MapPost("/{id:guid}/weak/{flagId:guid}/rectified", Rectify).RequireAuthorization(CloudPolicies.CanManageOrganizations);
        return api;
    }

    public static async Task<Results<Ok<WeakFlagResponse[]>, NotFound>> ListFlags(
        Guid id, ClaimsPrincipal user, OrganizationsDbContext db, IOrganizationScope scopes, TimeProvider clock, CancellationToken cancellationToken)
    {
        if (!await user.MayActOnAsync(id, scopes, cancellationToken)
            || await db.Organizations.AsNoTracking().FirstOrDefaultAsync(o => o.Id == id, cancellationToken) is not { } organization)
        {
            return TypedResults.NotFound();
        }

        var today = CountyCalendar.Today(clock);
        var flags = await db.WeakFlags.AsNoTracking().Where(f => f.OrganizationId == id).OrderByDescending(f => f.FlaggedOn).ToListAsync(cancellationToken);
        return TypedResults.Ok(flags.Select(f => WeakFlagResponse.From(f, organization.Name, today)).ToArray());
    }

    public static async Task<Results<Created<WeakFlagResponse>, NotFound, ValidationProblem, ProblemHttpResult>> Flag(
        Guid id, WeakFlagRequest request, ClaimsPrincipal user, OrganizationsDbContext db, IOrganizationScope scopes, TimeProvider clock, CancellationToken cancellationToken)
    {
        if (!await user.MayActOnAsync(id, scopes, cancellationToken)
            || await db.Organizations.AsNoTracking().FirstOrDefaultAsync(o => o.Id == id, cancellationToken) is not { } organization)
        {
            return TypedResults.NotFound();
        }

        var today = CountyCalendar.Today(clock);
        var validation = request.Validate(today);
        if (!validation.IsValid)
        {
            return validation.ToProblem();
        }

        if (organization.Status == OrganizationStatus.Dissolved)
        {
            return TypedResults.Problem(title: "组织已撤销，不能再认定为软弱涣散", statusCode: StatusCodes.Status409Conflict);
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await db.LockAsync("weak-flag", id, cancellationToken);
        var flags = await db.WeakFlags.Where(f => f.OrganizationId == id).ToListAsync(cancellationToken);
        if (!WeakFlagRules.OneOpenWeakFlagAtATime(flags))
        {
            return OpenFlagExists();
        }

        var flag = WeakOrganizationFlag.Flag(id, request.FlaggedOn!.Value, request.RectificationDeadline!.Value, request.Reason, clock.GetUtcNow());
        db.WeakFlags.Add(flag);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException e) when (e.InnerException is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation })
        {
            return OpenFlagExists(); // the index's word, should a writer ever skip the lock
        }

        await transaction.CommitAsync(cancellationToken);
        return TypedResults.Created($"/api/organizations/{id}/weak/{flag.Id}", WeakFlagResponse.From(flag, organization.Name, today));
    }

    public static async Task<Results<Ok<WeakFlagResponse>, NotFound, ValidationProblem, ProblemHttpResult>> Rectify(
        Guid id, Guid flagId, RectifiedRequest request, ClaimsPrincipal user, OrganizationsDbContext db, IOrganizationScope scopes, TimeProvider clock, CancellationToken cancellationToken)
    {
        if (!await user.MayActOnAsync(id, scopes, cancellationToken)
            || await db.Organizations.AsNoTracking().FirstOrDefaultAsync(o => o.Id == id, cancellationToken) is not { } organization)
        {
            return TypedResults.NotFound();
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await db.LockAsync("weak-flag", id, cancellationToken);
        if (await db.WeakFlags.FirstOrDefaultAsync(f => f.Id == flagId && f.OrganizationId == id, cancellationToken) is not { } flag)
        {
            return TypedResults.NotFound();
        }

        var today = CountyCalendar.Today(clock);
        var validation = new Validation();
        if (request.RectifiedOn is not { } rectifiedOn)
        {
            validation.Add("rectifiedOn", "整顿完成日期不能为空");
        }
        else if (rectifiedOn > today)
        {
            validation.Add("rectifiedOn", "整顿完成日期不能晚于今天");
        }
        else if (WeakFlagRules.RectifiedNotBeforeFlagging(flag, rectifiedOn) is { } violation)
        {
            validation.Add(violation.Field, violation.Message);
        }

        if (!validation.IsValid)
        {
            return validation.ToProblem();
        }

        if (!flag.IsOpen)
        {
            return TypedResults.Problem(title: "该软弱涣散认定已整顿完成", statusCode: StatusCodes.Status409Conflict);
        }

        flag.Rectify(request.RectifiedOn!.Value);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return TypedResults.Ok(WeakFlagResponse.From(flag, organization.Name, today));
    }

    /// <summary>Indicator 45 over the organizations the user sees; <c>year</c> defaults to this year.</summary>
    public static async Task<Results<Ok<WeakOrganizationsResponse>, ValidationProblem>> ListWeak(
        int? year, ClaimsPrincipal user, OrganizationsDbContext db, TimeProvider clock, CancellationToken cancellationToken)
    {
        var today = CountyCalendar.Today(clock);
        var period = year ?? today.Year;
        if (RecordYears.Listable(period) is { } badYear)
        {
            return new Validation().Add(badYear.Field, badYear.Message).ToProblem();
        }

        var start = new DateOnly(period, 1, 1);
        var end = new DateOnly(period, 12, 31);
        var asOf = end < today ? end : today;
        var rows = await (
                from f in db.WeakFlags.AsNoTracking()
                join o in db.VisibleTo(user) on f.OrganizationId equals o.Id
                where f.FlaggedOn <= end && (f.RectifiedOn == null || f.RectifiedOn >= start)
                orderby f.FlaggedOn, o.Name
                select new { Flag = f, o.Name })
            .ToListAsync(cancellationToken);
        var flags = rows.Select(r => r.Flag).ToList();

        return TypedResults.Ok(new WeakOrganizationsResponse(
            period, asOf,
            Flagged: flags.Count(f => f.FlaggedOn.Year == period),
            Rectified: flags.Count(f => f.RectifiedOn?.Year == period),
            Open: flags.Count(f => f.FlaggedOn <= asOf && (f.RectifiedOn is null || f.RectifiedOn > asOf)),
            Overdue: flags.Count(f => f.IsOverdueOn(asOf)),
            [.. rows.Select(r => WeakFlagResponse.From(r.Flag, r.Name, asOf))]));
    }

    private static ProblemHttpResult OpenFlagExists() =>
        TypedResults.Problem(title: "该组织已有未整顿完成的软弱涣散认定，须先整顿完成", statusCode: StatusCodes.Status409Conflict);
}
