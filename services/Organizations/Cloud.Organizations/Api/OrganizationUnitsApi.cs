using Cloud.Persistence;
using System.Security.Claims;
using Cloud.Organizations.Access;
using Cloud.Organizations.Api.Units;
using Cloud.Organizations.Data;
using Cloud.Organizations.Domain;
using Cloud.Organizations.Domain.Units;
using Cloud.ServiceDefaults.Auth;
using Cloud.ServiceDefaults.Problems;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Cloud.Organizations.Api;

/// <summary>Which units an organization is set up in (host unit; covered units of a joint branch), and its member count.</summary>
public static class OrganizationUnitsApi
{
    private const string LockPurpose = "organization-units";

    public static async Task<Results<Ok<OrganizationUnitsResponse>, NotFound>> GetOrganizationUnits(
        Guid id, ClaimsPrincipal user, OrganizationsDbContext db, IOrganizationScope scopes, CancellationToken cancellationToken)
    {
        if (!await user.MayActOnAsync(id, scopes, cancellationToken)
            || await db.Organizations.AsNoTracking().FirstOrDefaultAsync(o => o.Id == id, cancellationToken) is not { } organization)
        {
            return TypedResults.NotFound();
        }

        return TypedResults.Ok(await UnitsOfAsync(db, organization, cancellationToken));
    }

    public static async Task<Results<Ok<OrganizationUnitsResponse>, NotFound, ValidationProblem, ProblemHttpResult>> SetHostUnit(
        Guid id, HostUnitRequest request, ClaimsPrincipal user, OrganizationsDbContext db, IOrganizationScope scopes, CancellationToken cancellationToken)
    {
        if (!await user.MayActOnAsync(id, scopes, cancellationToken))
        {
            return TypedResults.NotFound();
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await db.LockAsync(LockPurpose, id, cancellationToken);
        if (await db.Organizations.FirstOrDefaultAsync(o => o.Id == id, cancellationToken) is not { } organization)
        {
            return TypedResults.NotFound();
        }

        var validation = new Validation();
        if (request.UnitId is { } unitId && !await db.VisibleUnitsTo(user).AnyAsync(u => u.Id == unitId, cancellationToken))
        {
            validation.Add("unitId", "单位不存在");
        }

        if (organization.Type == OrganizationType.PartyGroup)
        {
            validation.Add("unitId", "党小组不单独登记所在单位");
        }

        var covered = await db.CoveredUnits.Where(c => c.OrganizationId == id).Select(c => c.UnitId).ToArrayAsync(cancellationToken);
        if (JointBranchCoversAtMostFiveUnits.Check(organization, covered, request.UnitId) is { } violation)
        {
            validation.Add("unitId", violation.Message);
        }

        if (!validation.IsValid)
        {
            return validation.ToProblem();
        }

        if (organization.Status == OrganizationStatus.Dissolved)
        {
            return Dissolved();
        }

        organization.SetHostUnit(request.UnitId);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return TypedResults.Ok(await UnitsOfAsync(db, organization, cancellationToken));
    }

    public static async Task<Results<Ok<OrganizationUnitsResponse>, NotFound, ValidationProblem, ProblemHttpResult>> SetCoveredUnits(
        Guid id, CoveredUnitsRequest request, ClaimsPrincipal user, OrganizationsDbContext db, IOrganizationScope scopes, CancellationToken cancellationToken)
    {
        if (!await user.MayActOnAsync(id, scopes, cancellationToken))
        {
            return TypedResults.NotFound();
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await db.LockAsync(LockPurpose, id, cancellationToken);
        if (await db.Organizations.FirstOrDefaultAsync(o => o.Id == id, cancellationToken) is not { } organization)
        {
            return TypedResults.NotFound();
        }

        if (request.UnitIds is null)
        {
            return new Validation().Add("unitIds", "请提供覆盖单位列表（可为空列表）").ToProblem();
        }

        var unitIds = request.UnitIds.Distinct().ToArray();
        var validation = new Validation();
        var known = await db.VisibleUnitsTo(user).Where(u => unitIds.Contains(u.Id)).Select(u => u.Id).ToListAsync(cancellationToken);
        if (unitIds.Except(known).ToArray() is { Length: > 0 } unknown)
        {
            validation.Add("unitIds", $"单位不存在：{string.Join("、", unknown)}");
        }

        if (JointBranchCoversAtMostFiveUnits.Check(organization, unitIds, organization.HostUnitId) is { } violation)
        {
            validation.Add(violation.Field, violation.Message);
        }

        if (!validation.IsValid)
        {
            return validation.ToProblem();
        }

        if (organization.Status == OrganizationStatus.Dissolved)
        {
            return Dissolved();
        }

        var current = await db.CoveredUnits.Where(c => c.OrganizationId == id).ToListAsync(cancellationToken);
        db.CoveredUnits.RemoveRange(current.Where(c => !unitIds.Contains(c.UnitId)));
        db.CoveredUnits.AddRange(unitIds.Where(u => current.All(c => c.UnitId != u)).Select(u => OrganizationCoveredUnit.Of(id, u)));
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return TypedResults.Ok(await UnitsOfAsync(db, organization, cancellationToken));
    }

    public static async Task<Results<Ok<MemberCountResponse>, NotFound>> GetMemberCount(
        Guid id, ClaimsPrincipal user, OrganizationsDbContext db, IOrganizationScope scopes, CancellationToken cancellationToken)
    {
        if (!await user.MayActOnAsync(id, scopes, cancellationToken))
        {
            return TypedResults.NotFound();
        }

        var members = await db.MembersPerOrganization(db.Organizations.Where(o => o.Id == id)).FirstOrDefaultAsync(cancellationToken);
        return members is null
            ? TypedResults.NotFound()
            : TypedResults.Ok(new MemberCountResponse(id, members.FullMembers, members.ProbationaryMembers, members.Total, members.CountedAt));
    }

    private static ProblemHttpResult Dissolved() => TypedResults.Problem(title: "组织已撤销，不能再变更所在单位", statusCode: StatusCodes.Status409Conflict);

    private static async Task<OrganizationUnitsResponse> UnitsOfAsync(OrganizationsDbContext db, Organization organization, CancellationToken cancellationToken)
    {
        var coveredIds = await db.CoveredUnits.Where(c => c.OrganizationId == organization.Id).Select(c => c.UnitId).ToListAsync(cancellationToken);
        Guid[] ids = organization.HostUnitId is { } hostId ? [hostId, .. coveredIds] : [.. coveredIds];
        var withOrganization = db.UnitIdsWithOrganization();
        var units = await db.HostUnits.AsNoTracking().Where(u => ids.Contains(u.Id))
            .Select(u => new { Unit = u, HasOrganization = withOrganization.Contains(u.Id) })
            .ToDictionaryAsync(u => u.Unit.Id, u => UnitResponse.From(u.Unit, u.HasOrganization), cancellationToken);
        var host = organization.HostUnitId is { } h ? units.GetValueOrDefault(h) : null;
        var covered = coveredIds.Where(units.ContainsKey).Select(id => units[id]).OrderBy(u => u.Name, StringComparer.Ordinal).ToArray();
        return new OrganizationUnitsResponse(organization.Id, host, covered);
    }
}
