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

/// <summary>
/// How organizations are rated and recognised: village star ratings and grades (indicator 44), and through the files
/// beside this one the 软弱涣散 flag (45), demonstration sites and pairings (46) and honors (47).
/// </summary>
public static class RatingsApi
{
    public static IEndpointRouteBuilder MapRatingsApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/organizations").RequireAuthorization(CloudPolicies.CanReadCounty);
        api.MapGet("/ratings/distribution", GetDistribution);
        api.MapGet("/{id:guid}/ratings", ListRatings);
        api.MapPut("/{id:guid}/ratings/{year:int}", SetRating).RequireAuthorization(CloudPolicies.CanManageOrganizations);
        api.MapWeakOrganizationsApi();
        api.MapDemonstrationSitesApi();
        api.MapPairingsApi();
        api.MapHonorsApi();
        return app;
    }

    public static async Task<Results<Ok<RatingResponse[]>, NotFound>> ListRatings(
        Guid id, ClaimsPrincipal user, OrganizationsDbContext db, IOrganizationScope scopes, CancellationToken cancellationToken)
    {
        if (!await user.MayActOnAsync(id, scopes, cancellationToken) || !await db.Organizations.AnyAsync(o => o.Id == id, cancellationToken))
        {
            return TypedResults.NotFound();
        }

        var ratings = await db.VillageRatings.AsNoTracking().Where(r => r.OrganizationId == id).OrderByDescending(r => r.Year).ToListAsync(cancellationToken);
        return TypedResults.Ok(ratings.Select(RatingResponse.From).ToArray());
    }

    public static async Task<Results<Ok<RatingResponse>, NotFound, ValidationProblem>> SetRating(
        Guid id, int year, RatingRequest request, ClaimsPrincipal user, OrganizationsDbContext db, IOrganizationScope scopes, TimeProvider clock, CancellationToken cancellationToken)
    {
        if (!await user.MayActOnAsync(id, scopes, cancellationToken)
            || await db.Organizations.AsNoTracking().FirstOrDefaultAsync(o => o.Id == id, cancellationToken) is not { } organization)
        {
            return TypedResults.NotFound();
        }

        var validation = request.Validate(year, CountyCalendar.Today(clock));
        if (RatingOnlyForVillageOrganizations.Check(organization) is { } violation)
        {
            validation.Add(violation.Field, violation.Message);
        }

        if (!validation.IsValid)
        {
            return validation.ToProblem();
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await db.LockAsync("village-rating", id, cancellationToken);
        var rating = await db.VillageRatings.FirstOrDefaultAsync(r => r.OrganizationId == id && r.Year == year, cancellationToken);
        if (rating is null)
        {
            rating = VillageRating.For(id, year);
            db.VillageRatings.Add(rating);
        }

        rating.Set(request.StarRating, request.Grade, clock.GetUtcNow());
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return TypedResults.Ok(RatingResponse.From(rating));
    }

    /// <summary>Indicator 44 over the village organizations the user sees; <c>year</c> defaults to this year.</summary>
    public static async Task<Results<Ok<RatingDistributionResponse>, ValidationProblem>> GetDistribution(
        int? year, ClaimsPrincipal user, OrganizationsDbContext db, TimeProvider clock, CancellationToken cancellationToken)
    {
        var period = year ?? CountyCalendar.Today(clock).Year;
        if (RecordYears.Listable(period) is { } badYear)
        {
            return new Validation().Add(badYear.Field, badYear.Message).ToProblem();
        }

        var visible = db.VisibleTo(user);
        var villages = await visible.CountAsync(o => o.Domain == OrganizationDomain.Village && o.Status != OrganizationStatus.Dissolved, cancellationToken);
        var ratings = await db.VillageRatings.AsNoTracking()
            .Where(r => (r.Year == period || r.Year == period - 1) && visible.Any(o => o.Id == r.OrganizationId))
            .ToListAsync(cancellationToken);
        var current = ratings.Where(r => r.Year == period).ToList();
        var previous = ratings.Where(r => r.Year == period - 1).ToDictionary(r => r.OrganizationId);
        var pairs = current.Select(r => (Previous: previous.GetValueOrDefault(r.OrganizationId), Current: r)).ToList();

        return TypedResults.Ok(new RatingDistributionResponse(
            period, villages, current.Count,
            [.. Enumerable.Range(VillageRatingScale.MinStars, VillageRatingScale.MaxStars - VillageRatingScale.MinStars + 1).Reverse().Select(s => new StarCount(s, current.Count(r => r.StarRating == s)))],
            [.. Enumerable.Range(VillageRatingScale.BestGrade, VillageRatingScale.WorstGrade - VillageRatingScale.BestGrade + 1).Select(g => new GradeCount(g, current.Count(r => r.Grade == g)))],
            pairs.Count(p => VillageRatingScale.IsStarUpgrade(p.Previous?.StarRating, p.Current.StarRating)),
            pairs.Count(p => VillageRatingScale.IsGradeUpgrade(p.Previous?.Grade, p.Current.Grade)),
            pairs.Count(p => VillageRatingScale.IsStarDowngrade(p.Previous?.StarRating, p.Current.StarRating)),
            pairs.Count(p => VillageRatingScale.IsGradeDowngrade(p.Previous?.Grade, p.Current.Grade))));
    }
}
