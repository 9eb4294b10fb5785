using System.Security.Claims;
using Cloud.Members.Data;
using Cloud.Members.Domain.Members;
using Cloud.Members.Domain.SideStates;
using Cloud.Members.Events;
using Cloud.ServiceDefaults.Auth;
using Cloud.ServiceDefaults.Problems;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Cloud.Members.Api;

/// <summary>失联党员 (M24): record lost contact; the branch decides suspension, restoration or removal. Nothing is automatic.</summary>
public static class LostContactApi
{
    public static IEndpointRouteBuilder MapLostContactApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/members/{id:guid}/lost-contact").RequireAuthorization(CloudPolicies.CountyUser).RequireAuthorization(CloudPolicies.CanManageMembers);
        api.MapPost("/", Open);
        api.MapPost("/decision", Decide);
        return app;
    }

    public static Task<Results<Ok<LostContactResponse>, ValidationProblem, ProblemHttpResult, NotFound>> Open(
        Guid id, LostContactRequest request, ClaimsPrincipal user, MembersDbContext db, TimeProvider clock, CancellationToken cancellationToken) =>
        MemberChange.RunAsync<LostContactResponse>(db, user, id, clock, async (member, now) =>
        {
            if (request.Since is not { } since || since > MemberChange.Today(now))
            {
                return new Validation().Add("since", "失联日期不能为空，且不能晚于今天").ToProblem();
            }

            if (await db.LostContactRecords.AnyAsync(r => r.MemberId == member.Id && r.ClosedOn == null, cancellationToken))
            {
                return MemberProblems.Conflict("该党员已登记为失联", "since");
            }

            var record = LostContactRecord.Open(member.Id, since, now);
            db.LostContactRecords.Add(record);
            MemberRecordEvents.LostContactChanged(db, member, record.Situation, since, now);
            return TypedResults.Ok(LostContactResponse.From(record));
        }, cancellationToken);

    public static Task<Results<Ok<LostContactResponse>, ValidationProblem, ProblemHttpResult, NotFound>> Decide(
        Guid id, LostContactDecisionRequest request, ClaimsPrincipal user, MembersDbContext db, TimeProvider clock, CancellationToken cancellationToken) =>
        MemberChange.RunAsync<LostContactResponse>(db, user, id, clock, async (member, now) =>
        {
            var validation = new Validation();
            if (!EnumNames.TryParse(request.Decision, out LostContactDecision choice))
            {
                validation.Add("decision", $"决定必须是 {EnumNames.Names<LostContactDecision>()} 之一");
            }

            if (DecisionFields.Validate(validation, request.DecidedOn, request.DecidedBy, request.DocumentNumber, MemberChange.Today(now)) is not { } decision)
            {
                return validation.ToProblem();
            }

            if (await db.LostContactRecords.FirstOrDefaultAsync(r => r.MemberId == member.Id && r.ClosedOn == null, cancellationToken) is not { } record)
            {
                return MemberProblems.Conflict("该党员没有登记失联", "decision");
            }

            if (record.Decide(choice, decision.DecidedOn, now) is { } refusal)
            {
                return RecordProblems.Rule(refusal);
            }

            MemberDecisions.Record(db, user, member, choice switch
            {
                LostContactDecision.Suspend => MembershipDecisionKind.MembershipSuspension,
                LostContactDecision.Restore => MembershipDecisionKind.MembershipRestoration,
                _ => MembershipDecisionKind.Removed,
            }, decision, now);
            if (choice == LostContactDecision.Remove)
            {
                await MemberDecisions.LeaveAsync(db, member, MemberState.Removed, decision.DecidedOn, now, cancellationToken);
            }

            MemberRecordEvents.LostContactChanged(db, member, record.Situation, decision.DecidedOn, now);
            return TypedResults.Ok(LostContactResponse.From(record));
        }, cancellationToken);
}
