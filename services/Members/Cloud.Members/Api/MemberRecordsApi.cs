using System.Security.Claims;
using Cloud.Members.Data;
using Cloud.Members.Domain.Members;
using Cloud.Members.Events;
using Cloud.Members.Security;
using Cloud.ServiceDefaults.Auth;
using Cloud.ServiceDefaults.Problems;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Cloud.Members.Api;

/// <summary>Managing a member's record: update facts, confirmation (转正), leaving the roll; a Member reads their own record.</summary>
public static class MemberRecordsApi
{
    public static IEndpointRouteBuilder MapMemberRecordsApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/members").RequireAuthorization(CloudPolicies.CountyUser);
        api.MapGet("/me", Me).RequireAuthorization(policy => policy.RequireRole(CloudRoles.Member));
        api.MapPut("/{id:guid}", Update).RequireAuthorization(CloudPolicies.CanManageMembers);
        api.MapPost("/{id:guid}/confirmation", Confirm).RequireAuthorization(CloudPolicies.CanManageMembers);
        api.MapPost("/{id:guid}/state", ChangeState).RequireAuthorization(CloudPolicies.CanManageMembers);
        return app;
    }

    /// <summary>The member's own record, national ID whole; not logged as someone else looking.</summary>
    public static async Task<Results<Ok<MemberResponse>, NotFound>> Me(
        ClaimsPrincipal user, MembersDbContext db, NationalIdProtector protector, TimeProvider clock, CancellationToken cancellationToken)
    {
        if (MemberAccess.OwnMemberId(user) is not { } id)
        {
            return TypedResults.NotFound();
        }

        var found = await db.Members.AsNoTracking()
            .Where(m => m.Id == id && m.State != MemberState.TransferredOut)
            .Select(m => new { Member = m, OrganizationName = db.Organizations.Where(o => o.OrganizationId == m.OrganizationId).Select(o => o.Name).FirstOrDefault() })
            .FirstOrDefaultAsync(cancellationToken);
        return found is null
            ? TypedResults.NotFound()
            : TypedResults.Ok(MemberViews.Show(db, user, found.Member, found.OrganizationName, protector, clock.GetUtcNow()));
    }

    /// <summary>
    /// Updates the facts with the same validation as registration. A corrected national ID is re-sealed (and must not be
    /// another member's, 409); an omitted or masked one keeps the stored number. Affiliation moves by transfer and status by confirmation, not here.
    /// </summary>
    public static Task<Results<Ok<MemberResponse>, ValidationProblem, ProblemHttpResult, NotFound>> Update(
        Guid id, MemberRequest request, ClaimsPrincipal user, MembersDbContext db, NationalIdProtector protector, TimeProvider clock, CancellationToken cancellationToken) =>
        MemberChange.RunAsync<MemberResponse>(db, user, id, clock, async (member, now) =>
        {
            // Omitted, or sent back masked as it was shown: the stored number stays (a secretary never sees it whole).
            if (string.IsNullOrWhiteSpace(request.NationalId) || request.NationalId == member.NationalIdMasked)
            {
                request = request with { NationalId = protector.Reveal(member.NationalId) };
            }

            var validation = request.Validate(MemberChange.Today(now), out var nationalId, out var facts);
            if (validation.IsValid && facts.OrganizationId != member.OrganizationId)
            {
                validation.Add("organizationId", "所在党组织的变更请通过组织关系转接办理");
            }

            if (validation.IsValid && facts.Status != member.Status)
            {
                validation.Add("status", "预备党员转为正式党员请通过转正决定办理");
            }

            if (!validation.IsValid)
            {
                return validation.ToProblem();
            }

            var hash = protector.Hash(nationalId);
            var corrected = !hash.AsSpan().SequenceEqual(member.NationalIdHash);
            if (corrected && await db.Members.AnyAsync(m => m.Id != member.Id && m.NationalIdHash == hash && m.State != MemberState.TransferredOut, cancellationToken))
            {
                return MemberProblems.Conflict("该身份证号码已登记为本县另一名党员", "nationalId");
            }

            if (corrected || protector.NeedsResealing(member.NationalId))
            {
                member.Seal(protector.Protect(nationalId), now);
            }

            var previous = MemberStatistics.Of(member);
            member.Rename(request.Name!.Trim(), now);
            member.Apply(facts, now);
            MemberRecordEvents.FactsChanged(db, member, previous, now);
            var organizationName = await db.Organizations.Where(o => o.OrganizationId == member.OrganizationId).Select(o => o.Name).FirstOrDefaultAsync(cancellationToken);
            return TypedResults.Ok(MemberViews.Show(db, user, member, organizationName, protector, now));
        }, cancellationToken);

    /// <summary>转正: a probationary member becomes full on the decision's date, not before the year of probation is over (M17).</summary>
    public static Task<Results<Ok<MemberStatusResponse>, ValidationProblem, ProblemHttpResult, NotFound>> Confirm(
        Guid id, DecisionRequest request, ClaimsPrincipal user, MembersDbContext db, TimeProvider clock, CancellationToken cancellationToken) =>
        MemberChange.RunAsync<MemberStatusResponse>(db, user, id, clock, (member, now) =>
        {
            var validation = new Validation();
            if (DecisionFields.Validate(validation, request.DecidedOn, request.DecidedBy, request.DocumentNumber, MemberChange.Today(now)) is not { } decision)
            {
                return validation.ToProblem();
            }

            if (member.Status != MembershipStatus.Probationary)
            {
                return MemberProblems.Conflict("该党员已是正式党员", "status");
            }

            if (ProbationRules.RefuseConfirmation(member, decision.DecidedOn) is { } refusal)
            {
                return RecordProblems.Rule(refusal);
            }

            MemberDecisions.Confirm(db, user, member, decision, ProbationRules.EndsOn(member) ?? decision.DecidedOn, now);
            return TypedResults.Ok(StatusOf(member));
        }, cancellationToken);

    /// <summary>The record leaves the roll by a recorded decision: died, expelled, withdrew, or removed (除名) by the branch.</summary>
    public static Task<Results<Ok<MemberStatusResponse>, ValidationProblem, ProblemHttpResult, NotFound>> ChangeState(
        Guid id, StateChangeRequest request, ClaimsPrincipal user, MembersDbContext db, TimeProvider clock, CancellationToken cancellationToken) =>
        MemberChange.RunAsync<MemberStatusResponse>(db, user, id, clock, async (member, now) =>
        {
            var validation = new Validation();
            MemberState[] leaving = [MemberState.Deceased, MemberState.Expelled, MemberState.Withdrawn, MemberState.Removed];
            if (!EnumNames.TryParse(request.State, out MemberState state) || !leaving.Contains(state))
            {
                validation.Add("state", $"状态必须是 {EnumNames.Names(leaving)} 之一");
            }

            if (DecisionFields.Validate(validation, request.DecidedOn, request.DecidedBy, request.DocumentNumber, MemberChange.Today(now)) is not { } decision)
            {
                return validation.ToProblem();
            }

            MemberDecisions.Record(db, user, member, Enum.Parse<MembershipDecisionKind>(state.ToString()), decision, now);
            await MemberDecisions.LeaveAsync(db, member, state, decision.DecidedOn, now, cancellationToken);
            return TypedResults.Ok(StatusOf(member));
        }, cancellationToken);

    private static MemberStatusResponse StatusOf(PartyMember member) => new(member.Id, member.Status.ToString(), member.State.ToString(), member.ConfirmedOn);
}
