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

/// <summary>结对帮扶 ("1+1"): a strong organization (the one in the route) helps a weak one; indicator 46 (pairings).</summary>
public static class PairingsApi
{
    private const string LockPurpose = "pairing";

    public static IEndpointRouteBuilder MapPairingsApi(this IEndpointRouteBuilder api)
    {
        api.MapGet("/pairings", ListPairings);
        api.MapGet("/{id:guid}/pairings", ListPairingsOf);
        api.MapPost("/{id:guid}/pairings", Pair).RequireAuthorization(CloudPolicies.CanManageOrganizations);
        api.MapPost("/{id:guid}/pairings/{pairingId:guid}/ended", End).RequireAuthorization(CloudPolicies.CanManageOrganizations);
        return api;
    }

    /// <summary>The pairings the organization is in, as helper or as helped.</summary>
    public static async Task<Results<Ok<PairingResponse[]>, NotFound>> ListPairingsOf(
        Guid id, ClaimsPrincipal user, OrganizationsDbContext db, IOrganizationScope scopes, CancellationToken cancellationToken)
    {
        if (!await user.MayActOnAsync(id, scopes, cancellationToken) || !await db.Organizations.AnyAsync(o => o.Id == id, cancellationToken))
        {
            return TypedResults.NotFound();
        }

        return TypedResults.Ok(await Named(db, db.Pairings.Where(p => p.StrongOrganizationId == id || p.WeakOrganizationId == id)).ToArrayAsync(cancellationToken));
    }

    public static async Task<Results<Created<PairingResponse>, NotFound, ValidationProblem, ProblemHttpResult>> Pair(
        Guid id, PairingRequest request, ClaimsPrincipal user, OrganizationsDbContext db, IOrganizationScope scopes, TimeProvider clock, CancellationToken cancellationToken)
    {
        if (!await user.MayActOnAsync(id, scopes, cancellationToken)
            || await db.Organizations.AsNoTracking().FirstOrDefaultAsync(o => o.Id == id, cancellationToken) is not { } strong)
        {
            return TypedResults.NotFound();
        }

        var validation = request.Validate(id);
        Organization? weak = null;
        if (validation.IsValid)
        {
            // The helped organization must be one the user sees; one outside reads as unknown.
            weak = await db.VisibleTo(user).AsNoTracking().FirstOrDefaultAsync(o => o.Id == request.WeakOrganizationId, cancellationToken);
            if (weak is null)
            {
                validation.Add("weakOrganizationId", "被帮扶组织不存在");
            }
        }

        if (!validation.IsValid)
        {
            return validation.ToProblem();
        }

        if (strong.Status == OrganizationStatus.Dissolved || weak!.Status == OrganizationStatus.Dissolved)
        {
            return TypedResults.Problem(title: "已撤销的组织不能结对帮扶", statusCode: StatusCodes.Status409Conflict);
        }

        // One helper's pairings are entered one at a time, so the same pair is never entered twice at once.
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await db.LockAsync(LockPurpose, id, cancellationToken);
        var existing = await db.Pairings.Where(p => p.StrongOrganizationId == id && p.WeakOrganizationId == weak.Id).ToListAsync(cancellationToken);
        if (existing.Any(p => p.Overlaps(request.StartOn!.Value, request.EndOn)))
        {
            return TypedResults.Problem(title: "这两个组织在这段时间已结对帮扶", statusCode: StatusCodes.Status409Conflict);
        }

        var pairing = PairingAssistance.Pair(id, weak.Id, request.StartOn!.Value, request.EndOn, clock.GetUtcNow());
        db.Pairings.Add(pairing);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return TypedResults.Created($"/api/organizations/{id}/pairings/{pairing.Id}", PairingResponse.From(pairing, strong.Name, weak.Name));
    }

    public static async Task<Results<Ok<PairingResponse>, NotFound, ValidationProblem, ProblemHttpResult>> End(
        Guid id, Guid pairingId, EndPairingRequest request, ClaimsPrincipal user, OrganizationsDbContext db, IOrganizationScope scopes, CancellationToken cancellationToken)
    {
        if (!await user.MayActOnAsync(id, scopes, cancellationToken))
        {
            return TypedResults.NotFound();
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await db.LockAsync(LockPurpose, pairingId, cancellationToken);
        if (await db.Pairings.FirstOrDefaultAsync(p => p.Id == pairingId && (p.StrongOrganizationId == id || p.WeakOrganizationId == id), cancellationToken) is not { } pairing)
        {
            return TypedResults.NotFound();
        }

        var validation = new Validation();
        if (request.EndOn is not { } endOn)
        {
            validation.Add("endOn", "结束日期不能为空");
        }
        else if (PairingRules.EndsAfterStart(pairing.StartOn, endOn) is { } violation)
        {
            validation.Add(violation.Field, violation.Message);
        }

        if (!validation.IsValid)
        {
            return validation.ToProblem();
        }

        if (pairing.EndOn is not null)
        {
            return TypedResults.Problem(title: "该结对帮扶已结束", statusCode: StatusCodes.Status409Conflict);
        }

        pairing.End(request.EndOn!.Value);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return TypedResults.Ok(await Named(db, db.Pairings.Where(p => p.Id == pairing.Id)).SingleAsync(cancellationToken));
    }

    /// <summary>
    /// Indicator 46 <c>Pairings</c>: pairings in force on some day of the year (default this year). A scoped user sees
    /// those where either side is in their subtree: a county department helping one of their villages concerns them.
    /// </summary>
    public static async Task<Results<Ok<PairingsResponse>, ValidationProblem>> ListPairings(
        int? year, ClaimsPrincipal user, OrganizationsDbContext db, TimeProvider clock, CancellationToken cancellationToken)
    {
        var period = year ?? CountyCalendar.Today(clock).Year;
        if (RecordYears.Listable(period) is { } badYear)
        {
            return new Validation().Add(badYear.Field, badYear.Message).ToProblem();
        }

        var start = new DateOnly(period, 1, 1);
        var end = new DateOnly(period, 12, 31);
        var visible = db.VisibleTo(user);
        var pairings = await Named(db, db.Pairings.Where(p =>
                p.StartOn <= end && (p.EndOn == null || p.EndOn >= start)
                && visible.Any(o => o.Id == p.StrongOrganizationId || o.Id == p.WeakOrganizationId)))
            .ToArrayAsync(cancellationToken);
        return TypedResults.Ok(new PairingsResponse(period, pairings.Length, pairings));
    }

    private static IQueryable<PairingResponse> Named(OrganizationsDbContext db, IQueryable<PairingAssistance> pairings) =>
        from p in pairings.AsNoTracking()
        join s in db.Organizations on p.StrongOrganizationId equals s.Id
        join w in db.Organizations on p.WeakOrganizationId equals w.Id
        orderby p.StartOn, s.Name
        select new PairingResponse(p.Id, p.StrongOrganizationId, s.Name, p.WeakOrganizationId, w.Name, p.StartOn, p.EndOn);
}
