using Cloud.Organizations.Access;
using Cloud.Organizations.Data;
using Cloud.Organizations.Domain.Leadership;
using Cloud.ServiceDefaults.Auth;
using Cloud.ServiceDefaults.Problems;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Cloud.Organizations.Api;

/// <summary>
/// Leadership of organizations (领导班子): maps the terms, positions and county settings endpoints, plus one
/// organization's leadership at a glance and the county's list of vacant secretary posts.
/// </summary>
public static class LeadershipApi
{
    public static IEndpointRouteBuilder MapLeadershipApi(this IEndpointRouteBuilder app)
    {
        app.MapCountySettingsApi();
        app.MapTermsApi();
        app.MapPositionsApi();
        var api = app.MapGroup("/api/organizations").RequireAuthorization(CloudPolicies.CanReadCounty);
        api.MapGet("/{id:guid}/leadership", GetLeadership);
        api.MapGet("/vacancies", ListVacancies);
        return app;
    }

    public static async Task<Results<Ok<LeadershipResponse>, NotFound>> GetLeadership(Guid id, [AsParameters] LeadershipServices services)
    {
        if (await services.FindOrganizationAsync(id) is not { } organization)
        {
            return TypedResults.NotFound();
        }

        var today = services.Today;
        var settings = await services.Db.CountySettingsAsync(services.CancellationToken);
        var fact = (await services.Db.LeadershipFactsAsync(services.Db.Organizations.Where(o => o.Id == id), today, settings, services.CancellationToken)).Single();
        var term = fact.CurrentTermId is { } termId
            ? await services.Db.Terms.AsNoTracking().SingleAsync(t => t.Id == termId, services.CancellationToken)
            : null;
        var current = await services.Db.CommitteePositions.AsNoTracking()
            .Where(p => p.OrganizationId == organization.Id && p.EndedOn == null)
            .OrderBy(p => p.StartedOn).ThenBy(p => p.Role)
            .ToListAsync(services.CancellationToken);
        return TypedResults.Ok(new LeadershipResponse(
            organization.Id,
            term is null ? null : TermResponse.From(term, today, settings),
            fact.SecretaryMemberId,
            fact.VacantSince is { } since ? new VacancyResponse(since, fact.VacantDays!.Value) : null,
            fact.CommitteeSize,
            fact.HasCommittee,
            [.. current.Where(p => PositionRoles.IsCommittee(p.Role)).Select(PositionResponse.From)],
            current.Where(p => p.Role == PositionRole.GroupLeader).Select(PositionResponse.From).FirstOrDefault(),
            current.Where(p => p.Role == PositionRole.FirstSecretary).Select(PositionResponse.From).FirstOrDefault(),
            [.. current.Where(p => p.Role == PositionRole.PartyBuildingInstructor).Select(PositionResponse.From)]));
    }

    /// <summary>The organizations the user sees whose secretary post has been vacant at least <c>minDays</c> days (0), longest first.</summary>
    public static async Task<Results<Ok<CountyVacancyResponse[]>, ValidationProblem>> ListVacancies(int? minDays, [AsParameters] LeadershipServices services)
    {
        if (minDays is < 0)
        {
            return new Validation().Add("minDays", "天数不能为负数").ToProblem();
        }

        var settings = await services.Db.CountySettingsAsync(services.CancellationToken);
        var facts = await services.Db.LeadershipFactsAsync(services.Db.VisibleTo(services.User), services.Today, settings, services.CancellationToken);
        return TypedResults.Ok(facts
            .Where(f => f.VacantDays >= (minDays ?? 0))
            .OrderByDescending(f => f.VacantDays).ThenBy(f => f.Name, StringComparer.Ordinal)
            .Select(CountyVacancyResponse.From)
            .ToArray());
    }
}
