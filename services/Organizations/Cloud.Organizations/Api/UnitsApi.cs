using System.Security.Claims;
using Cloud.Organizations.Access;
using Cloud.Organizations.Api.Units;
using Cloud.Organizations.Data;
using Cloud.Organizations.Domain.Units;
using Cloud.ServiceDefaults.Auth;
using Cloud.ServiceDefaults.Problems;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Cloud.Organizations.Api;

/// <summary>The county's host-unit registry, coverage (indicator 2) and 应建未建 (indicator 3).</summary>
public static class UnitsApi
{
    public static IEndpointRouteBuilder MapUnitsApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/organizations").RequireAuthorization(CloudPolicies.CanReadCounty);
        api.MapGet("/units", ListUnits);
        api.MapGet("/units/coverage", GetCoverage);
        api.MapGet("/units/unestablished", GetUnestablished);
        api.MapGet("/units/{unitId:guid}", GetUnit);
        api.MapPost("/units", RegisterUnit).RequireAuthorization(CloudPolicies.CanManageOrganizations).RequireAuthorization(CountyWide);
        api.MapPut("/units/{unitId:guid}", UpdateUnit).RequireAuthorization(CloudPolicies.CanManageOrganizations).RequireAuthorization(CountyWide);
        api.MapGet("/{id:guid}/units", OrganizationUnitsApi.GetOrganizationUnits);
        api.MapPut("/{id:guid}/host-unit", OrganizationUnitsApi.SetHostUnit).RequireAuthorization(CloudPolicies.CanManageOrganizations);
        api.MapPut("/{id:guid}/covered-units", OrganizationUnitsApi.SetCoveredUnits).RequireAuthorization(CloudPolicies.CanManageOrganizations);
        api.MapGet("/{id:guid}/member-count", OrganizationUnitsApi.GetMemberCount);
        return app;
    }

    // Units belong to the county: registering and changing them is county-wide work; a scoped admin links them.
    private static void CountyWide(AuthorizationPolicyBuilder policy) => policy.RequireAssertion(context => context.User.OrganizationScope() is null);

    public static async Task<Results<Ok<UnitResponse[]>, ValidationProblem>> ListUnits(
        string? category, string? township, ClaimsPrincipal user, OrganizationsDbContext db, CancellationToken cancellationToken)
    {
        var units = db.VisibleUnitsTo(user).InTownship(township);
        if (!string.IsNullOrEmpty(category))
        {
            if (!EnumNames.TryParse(category, out UnitCategory parsed))
            {
                return new Validation().Add("category", $"单位类别必须是 {EnumNames.Names<UnitCategory>()} 之一").ToProblem();
            }

            units = units.Where(u => u.Category == parsed);
        }

        var withOrganization = db.UnitIdsWithOrganization();
        var rows = await units.AsNoTracking().OrderBy(u => u.Name).ThenBy(u => u.Id)
            .Select(u => new { Unit = u, HasOrganization = withOrganization.Contains(u.Id) })
            .ToListAsync(cancellationToken);
        return TypedResults.Ok(rows.Select(r => UnitResponse.From(r.Unit, r.HasOrganization)).ToArray());
    }

    public static async Task<Results<Ok<UnitResponse>, NotFound>> GetUnit(Guid unitId, ClaimsPrincipal user, OrganizationsDbContext db, CancellationToken cancellationToken)
    {
        if (await db.VisibleUnitsTo(user).AsNoTracking().FirstOrDefaultAsync(u => u.Id == unitId, cancellationToken) is not { } unit)
        {
            return TypedResults.NotFound();
        }

        var visible = db.VisibleTo(user).AsNoTracking();
        var hosts = await visible.Where(o => o.HostUnitId == unitId).OrderBy(o => o.Name).ToListAsync(cancellationToken);
        var covering = await visible.Where(o => db.CoveredUnits.Any(c => c.OrganizationId == o.Id && c.UnitId == unitId)).OrderBy(o => o.Name).ToListAsync(cancellationToken);
        var linked = hosts.Select(o => new LinkedOrganizationResponse(o.Id, o.Name, o.Status.ToString(), "Host"))
            .Concat(covering.Select(o => new LinkedOrganizationResponse(o.Id, o.Name, o.Status.ToString(), "Covered")))
            .ToArray();
        var hasOrganization = await db.UnitIdsWithOrganization().ContainsAsync(unitId, cancellationToken);
        return TypedResults.Ok(UnitResponse.From(unit, hasOrganization, linked));
    }

    public static async Task<Results<Created<UnitResponse>, ValidationProblem>> RegisterUnit(
        UnitRequest request, OrganizationsDbContext db, TimeProvider clock, CancellationToken cancellationToken)
    {
        var validation = request.Validate(out var category);
        if (!validation.IsValid)
        {
            return validation.ToProblem();
        }

        var unit = HostUnit.Register(request.Name!, category, request.Township, request.EmployeeCount, clock.GetUtcNow());
        db.HostUnits.Add(unit);
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Created($"/api/organizations/units/{unit.Id}", UnitResponse.From(unit, hasOrganization: false));
    }

    public static async Task<Results<Ok<UnitResponse>, NotFound, ValidationProblem>> UpdateUnit(
        Guid unitId, UnitRequest request, OrganizationsDbContext db, CancellationToken cancellationToken)
    {
        if (await db.HostUnits.FirstOrDefaultAsync(u => u.Id == unitId, cancellationToken) is not { } unit)
        {
            return TypedResults.NotFound();
        }

        var validation = request.Validate(out var category);
        if (!validation.IsValid)
        {
            return validation.ToProblem();
        }

        unit.Update(request.Name!, category, request.Township, request.EmployeeCount);
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Ok(UnitResponse.From(unit, await db.UnitIdsWithOrganization().ContainsAsync(unitId, cancellationToken)));
    }

    /// <summary>Indicator 2 <c>CoverageRate</c> over the units the user sees (optionally one township's), per category and in total.</summary>
    public static async Task<Ok<CoverageResponse>> GetCoverage(string? township, ClaimsPrincipal user, OrganizationsDbContext db, CancellationToken cancellationToken)
    {
        var withOrganization = db.UnitIdsWithOrganization();
        var counts = await db.VisibleUnitsTo(user).InTownship(township)
            .Select(u => new { u.Category, HasOrganization = withOrganization.Contains(u.Id) })
            .GroupBy(u => u.Category)
            .Select(g => new { Category = g.Key, Units = g.Count(), WithOrganization = g.Count(u => u.HasOrganization) })
            .ToDictionaryAsync(g => g.Category, cancellationToken);
        var categories = Enum.GetValues<UnitCategory>()
            .Select(c => counts.TryGetValue(c, out var n)
                ? new CategoryCoverageResponse(c.ToString(), n.Units, n.WithOrganization, CoverageRate.Of(n.WithOrganization, n.Units))
                : new CategoryCoverageResponse(c.ToString(), 0, 0, null))
            .ToArray();
        var units = categories.Sum(c => c.Units);
        var covered = categories.Sum(c => c.WithOrganization);
        return TypedResults.Ok(new CoverageResponse(categories, units, covered, CoverageRate.Of(covered, units)));
    }

    /// <summary>Indicator 3 <c>UnestablishedRequiredCount</c>: units with enough full members and no organization (O1).</summary>
    public static async Task<Ok<UnestablishedResponse>> GetUnestablished(string? township, ClaimsPrincipal user, OrganizationsDbContext db, CancellationToken cancellationToken)
    {
        var minFullMembers = (await db.CountySettingsAsync(cancellationToken)).JointBranchBelowFullMembers;
        var withOrganization = db.UnitIdsWithOrganization();
        var candidates = await db.VisibleUnitsTo(user).InTownship(township).AsNoTracking()
            .Where(u => u.FullMemberCount >= minFullMembers)
            .OrderByDescending(u => u.FullMemberCount).ThenBy(u => u.Name)
            .Select(u => new { Unit = u, HasOrganization = withOrganization.Contains(u.Id) })
            .ToListAsync(cancellationToken);
        var unestablished = candidates
            .Where(c => UnestablishedRequiredRule.IsUnestablishedRequired(c.Unit.FullMemberCount, c.HasOrganization, minFullMembers))
            .Select(c => UnitResponse.From(c.Unit, c.HasOrganization))
            .ToArray();
        return TypedResults.Ok(new UnestablishedResponse(minFullMembers, unestablished.Length, unestablished));
    }
}
