using System.Security.Claims;
using Cloud.Members.Data;
using Cloud.Members.Domain.SideStates;
using Cloud.Persistence.OrganizationTree;
using Cloud.ServiceDefaults.Auth;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Cloud.Members.Api;

/// <summary>Reads a member's side states and the county's (or the caller's subtree's) due reviews.</summary>
public static class SideStatesApi
{
    public static IEndpointRouteBuilder MapSideStatesApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/members").RequireAuthorization(CloudPolicies.CanReadCounty);
        api.MapGet("/{id:guid}/side-states", Get);
        api.MapGet("/flags", Flags);
        return app;
    }

    public static async Task<Results<Ok<SideStatesResponse>, NotFound>> Get(
        Guid id, ClaimsPrincipal user, MembersDbContext db, TimeProvider clock, CancellationToken cancellationToken)
    {
        var visible = db.OrganizationsVisibleTo(user);
        var member = await db.Members.AsNoTracking().FirstOrDefaultAsync(m => m.Id == id && visible.Any(o => o.OrganizationId == m.OrganizationId), cancellationToken);
        if (member is null)
        {
            return TypedResults.NotFound();
        }

        var today = MemberChange.Today(clock.GetUtcNow());
        var mobile = await db.MobileRecords.AsNoTracking().Where(r => r.MemberId == id).OrderByDescending(r => r.DepartedOn).FirstOrDefaultAsync(cancellationToken);
        var lost = await db.LostContactRecords.AsNoTracking().Where(r => r.MemberId == id).OrderByDescending(r => r.Since).FirstOrDefaultAsync(cancellationToken);
        var correction = await db.CorrectionPeriods.AsNoTracking().Where(p => p.MemberId == id).OrderByDescending(p => p.StartsOn).FirstOrDefaultAsync(cancellationToken);
        var sanctions = await db.Sanctions.AsNoTracking().Where(s => s.MemberId == id).OrderBy(s => s.DecidedOn).ToListAsync(cancellationToken);
        var suspension = await db.VotingRightsSuspensions.AsNoTracking().Where(v => v.MemberId == id).OrderByDescending(v => v.StartsOn).ThenByDescending(v => v.RecordedAt).FirstOrDefaultAsync(cancellationToken);
        var decisions = await db.MembershipDecisions.AsNoTracking().Where(d => d.MemberId == id).OrderBy(d => d.RecordedAt).ToListAsync(cancellationToken);
        DueFlag?[] flags = member.State == Domain.Members.MemberState.Current
            ? [lost is null ? null : DueFlags.Of(lost, today), correction is null ? null : DueFlags.Of(correction, today), DueFlags.ProbationOf(member, today)]
            : [];
        return TypedResults.Ok(new SideStatesResponse(
            id,
            member.State.ToString(),
            mobile is null ? null : MobileResponse.From(mobile),
            lost is null ? null : LostContactResponse.From(lost),
            correction is null ? null : CorrectionPeriodResponse.From(correction),
            [.. sanctions.Select(SanctionResponse.From)],
            [.. decisions.Select(DecisionResponse.From)],
            [.. flags.OfType<DueFlag>().Select(DueFlagResponse.From)],
            suspension is null ? null : VotingRightsSuspensionResponse.From(suspension)));
    }

    /// <summary>
    /// Reviews due in the caller's scope: lost contact 6 months without decision, suspended 2 years, correction period
    /// ended without outcome, probation's year over without confirmation. Oldest due first.
    /// </summary>
    public static async Task<Ok<MemberFlagResponse[]>> Flags(ClaimsPrincipal user, MembersDbContext db, TimeProvider clock, CancellationToken cancellationToken)
    {
        var today = MemberChange.Today(clock.GetUtcNow());
        var visible = db.OrganizationsVisibleTo(user);
        var current = db.Members.AsNoTracking()
            .Where(m => m.State == Domain.Members.MemberState.Current && visible.Any(o => o.OrganizationId == m.OrganizationId));
        var lost = await db.LostContactRecords.AsNoTracking()
            .Where(r => r.ClosedOn == null && current.Any(m => m.Id == r.MemberId)).ToListAsync(cancellationToken);
        var corrections = await db.CorrectionPeriods.AsNoTracking()
            .Where(p => p.Outcome == null && p.EndsOn < today && current.Any(m => m.Id == p.MemberId)).ToListAsync(cancellationToken);
        var probationary = await current.Where(m => m.Status == Domain.Members.MembershipStatus.Probationary).ToListAsync(cancellationToken);
        var due = lost.Select(r => (r.MemberId, Flag: DueFlags.Of(r, today)))
            .Concat(corrections.Select(p => (p.MemberId, Flag: DueFlags.Of(p, today))))
            .Concat(probationary.Select(m => (MemberId: m.Id, Flag: DueFlags.ProbationOf(m, today))))
            .Where(f => f.Flag is not null)
            .ToList();
        var ids = due.Select(f => f.MemberId).Distinct().ToList();
        var members = await current.Where(m => ids.Contains(m.Id)).Select(m => new { m.Id, m.Name, m.OrganizationId }).ToDictionaryAsync(m => m.Id, cancellationToken);
        return TypedResults.Ok(due.Where(f => members.ContainsKey(f.MemberId))
            .Select(f => new MemberFlagResponse(f.MemberId, members[f.MemberId].Name, members[f.MemberId].OrganizationId, f.Flag!.Kind.ToString(), f.Flag.DueOn))
            .OrderBy(f => f.DueOn).ThenBy(f => f.MemberId)
            .ToArray());
    }
}
