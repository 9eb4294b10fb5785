using System.Security.Claims;
using Cloud.Members.Data;
using Cloud.Members.Domain.Members;
using Cloud.Members.Domain.SideStates;
using Cloud.ServiceDefaults.Auth;
using Cloud.ServiceDefaults.Problems;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Cloud.Members.Api;

/// <summary>
/// M35: a member detained or arrested has no vote until released (基层组织选举工作条例 第五条). The branch records the
/// day and the notice; the voters list leaves the member out meanwhile. Nothing of it leaves the service in events.
/// </summary>
public static class VotingRightsApi
{
    public static IEndpointRouteBuilder MapVotingRightsApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/members/{id:guid}/voting-rights").RequireAuthorization(CloudPolicies.CanManageMembers);
        api.MapPost("/suspension", Suspend);
        api.MapPost("/restoration", Restore);
        return app;
    }

    public static Task<Results<Ok<VotingRightsSuspensionResponse>, ValidationProblem, ProblemHttpResult, NotFound>> Suspend(
        Guid id, VotingRightsSuspensionRequest request, ClaimsPrincipal user, MembersDbContext db, TimeProvider clock, CancellationToken cancellationToken) =>
        MemberChange.RunAsync<VotingRightsSuspensionResponse>(db, user, id, clock, async (member, now) =>
        {
            var validation = new Validation();
            if (!EnumNames.TryParse(request.Reason, out VotingRightsSuspensionReason reason))
            {
                validation.Add("reason", $"中止原因必须是 {EnumNames.Names<VotingRightsSuspensionReason>()} 之一");
            }

            if (DecisionFields.Validate(validation, request.StartsOn, request.DecidedBy, request.DocumentNumber, MemberChange.Today(now), "startsOn") is not { } decision
                || !validation.IsValid)
            {
                return validation.ToProblem();
            }

            if (await OpenAsync(db, member.Id, cancellationToken) is { } running)
            {
                if (!running.MayGiveWayTo(reason))
                {
                    return MemberProblems.Conflict("该党员的表决权已在中止中：先登记恢复，或由拘留转为逮捕", "reason");
                }

                if (running.End(decision.DecidedOn) is { } tooEarly)
                {
                    return validation.Add("startsOn", tooEarly).ToProblem();
                }

                // The detention is ended in the database before the arrest opens: one running suspension per member (unique index).
                await db.SaveChangesAsync(cancellationToken);
            }

            var suspension = VotingRightsSuspension.Start(member.Id, reason, decision.DecidedOn, now);
            db.VotingRightsSuspensions.Add(suspension);
            MemberDecisions.Record(db, user, member, MembershipDecisionKind.VotingRightsSuspended, decision, now);
            return TypedResults.Ok(VotingRightsSuspensionResponse.From(suspension));
        }, cancellationToken);

    public static Task<Results<Ok<VotingRightsSuspensionResponse>, ValidationProblem, ProblemHttpResult, NotFound>> Restore(
        Guid id, VotingRightsRestorationRequest request, ClaimsPrincipal user, MembersDbContext db, TimeProvider clock, CancellationToken cancellationToken) =>
        MemberChange.RunAsync<VotingRightsSuspensionResponse>(db, user, id, clock, async (member, now) =>
        {
            var validation = new Validation();
            if (DecisionFields.Validate(validation, request.RestoredOn, request.DecidedBy, request.DocumentNumber, MemberChange.Today(now), "restoredOn") is not { } decision)
            {
                return validation.ToProblem();
            }

            if (await OpenAsync(db, member.Id, cancellationToken) is not { } running)
            {
                return MemberProblems.Conflict("该党员的表决权没有中止，无需恢复", "restoredOn");
            }

            if (running.End(decision.DecidedOn) is { } tooEarly)
            {
                return validation.Add("restoredOn", tooEarly).ToProblem();
            }

            MemberDecisions.Record(db, user, member, MembershipDecisionKind.VotingRightsRestored, decision, now);
            return TypedResults.Ok(VotingRightsSuspensionResponse.From(running));
        }, cancellationToken);

    private static Task<VotingRightsSuspension?> OpenAsync(MembersDbContext db, Guid memberId, CancellationToken cancellationToken) =>
        db.VotingRightsSuspensions.FirstOrDefaultAsync(s => s.MemberId == memberId && s.EndedOn == null, cancellationToken);
}

/// <summary><c>Reason</c>: <c>Detained</c> (拘留) or <c>Arrested</c> (逮捕); <c>StartsOn</c> the day held; who recorded it and the notice's number.</summary>
public sealed record VotingRightsSuspensionRequest(string? Reason, DateOnly? StartsOn, string? DecidedBy, string? DocumentNumber);

/// <summary><c>RestoredOn</c>: the first day the member may vote again (released, or the case closed).</summary>
public sealed record VotingRightsRestorationRequest(DateOnly? RestoredOn, string? DecidedBy, string? DocumentNumber);

/// <summary>A suspension of the vote: <c>endedOn</c> is the first day it no longer applies (null while it runs).</summary>
public sealed record VotingRightsSuspensionResponse(Guid Id, string Reason, DateOnly StartsOn, DateOnly? EndedOn)
{
    public static VotingRightsSuspensionResponse From(VotingRightsSuspension s) => new(s.Id, s.Reason.ToString(), s.StartsOn, s.EndedOn);
}
