using System.Security.Claims;
using Cloud.Members.Data;
using Cloud.Members.Domain.Members;
using Cloud.Members.Domain.SideStates;
using Cloud.ServiceDefaults.Auth;
using Cloud.ServiceDefaults.Problems;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Cloud.Members.Api;

/// <summary>限期改正 (M27) and 党纪处分: recorded decisions; a removal or an expulsion takes the record off the roll.</summary>
public static class DisciplineApi
{
    public static IEndpointRouteBuilder MapDisciplineApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/members/{id:guid}").RequireAuthorization(CloudPolicies.CanManageMembers);
        api.MapPost("/correction-period", OrderCorrection);
        api.MapPost("/correction-period/outcome", ConcludeCorrection);
        api.MapPost("/sanctions", Sanction);
        return app;
    }

    public static Task<Results<Ok<CorrectionPeriodResponse>, ValidationProblem, ProblemHttpResult, NotFound>> OrderCorrection(
        Guid id, CorrectionPeriodRequest request, ClaimsPrincipal user, MembersDbContext db, TimeProvider clock, CancellationToken cancellationToken) =>
        MemberChange.RunAsync<CorrectionPeriodResponse>(db, user, id, clock, async (member, now) =>
        {
            var validation = new Validation();
            if (request.EndsOn is null)
            {
                validation.Add("endsOn", "截止日期不能为空");
            }

            if (DecisionFields.Validate(validation, request.StartsOn, request.DecidedBy, request.DocumentNumber, MemberChange.Today(now), "startsOn") is not { } decision)
            {
                return validation.ToProblem();
            }

            if (CorrectionPeriod.Refuse(decision.DecidedOn, request.EndsOn!.Value) is { } refusal)
            {
                return RecordProblems.Rule(refusal);
            }

            if (await db.CorrectionPeriods.AnyAsync(p => p.MemberId == member.Id && p.Outcome == null, cancellationToken))
            {
                return MemberProblems.Conflict("该党员已在限期改正期内", "startsOn");
            }

            var period = CorrectionPeriod.Order(member.Id, decision.DecidedOn, request.EndsOn.Value, now);
            db.CorrectionPeriods.Add(period);
            MemberDecisions.Record(db, user, member, MembershipDecisionKind.CorrectionOrdered, decision, now);
            return TypedResults.Ok(CorrectionPeriodResponse.From(period));
        }, cancellationToken);

    public static Task<Results<Ok<CorrectionPeriodResponse>, ValidationProblem, ProblemHttpResult, NotFound>> ConcludeCorrection(
        Guid id, CorrectionOutcomeRequest request, ClaimsPrincipal user, MembersDbContext db, TimeProvider clock, CancellationToken cancellationToken) =>
        MemberChange.RunAsync<CorrectionPeriodResponse>(db, user, id, clock, async (member, now) =>
        {
            var validation = new Validation();
            if (!EnumNames.TryParse(request.Outcome, out CorrectionOutcome outcome))
            {
                validation.Add("outcome", $"结论必须是 {EnumNames.Names<CorrectionOutcome>()} 之一");
            }

            if (DecisionFields.Validate(validation, request.DecidedOn, request.DecidedBy, request.DocumentNumber, MemberChange.Today(now)) is not { } decision)
            {
                return validation.ToProblem();
            }

            if (await db.CorrectionPeriods.FirstOrDefaultAsync(p => p.MemberId == member.Id && p.Outcome == null, cancellationToken) is not { } period)
            {
                return MemberProblems.Conflict("该党员不在限期改正期内", "outcome");
            }

            if (period.Conclude(outcome, decision.DecidedOn, now) is { } refusal)
            {
                return RecordProblems.Rule(refusal);
            }

            var removed = outcome == CorrectionOutcome.Removed;
            MemberDecisions.Record(db, user, member, removed ? MembershipDecisionKind.Removed : MembershipDecisionKind.CorrectionCompleted, decision, now);
            if (removed)
            {
                await MemberDecisions.LeaveAsync(db, member, MemberState.Removed, decision.DecidedOn, now, cancellationToken);
            }

            return TypedResults.Ok(CorrectionPeriodResponse.From(period));
        }, cancellationToken);

    public static Task<Results<Ok<SanctionResponse>, ValidationProblem, ProblemHttpResult, NotFound>> Sanction(
        Guid id, SanctionRequest request, ClaimsPrincipal user, MembersDbContext db, TimeProvider clock, CancellationToken cancellationToken) =>
        MemberChange.RunAsync<SanctionResponse>(db, user, id, clock, async (member, now) =>
        {
            var validation = new Validation();
            if (!EnumNames.TryParse(request.Type, out SanctionType type))
            {
                validation.Add("type", $"处分种类必须是 {EnumNames.Names<SanctionType>()} 之一");
            }

            if (DecisionFields.Validate(validation, request.DecidedOn, request.DecidedBy, request.DocumentNumber, MemberChange.Today(now)) is not { } decision)
            {
                return validation.ToProblem();
            }

            if (MemberSanction.Refuse(type, decision.DecidedOn, request.Until) is { } refusal)
            {
                return RecordProblems.Rule(refusal);
            }

            var sanction = MemberSanction.Decide(member.Id, type, decision.DecidedOn, request.Until, now);
            db.Sanctions.Add(sanction);
            MemberDecisions.Record(db, user, member, type == SanctionType.Expulsion ? MembershipDecisionKind.Expelled : MembershipDecisionKind.Sanctioned, decision, now);
            if (type == SanctionType.Expulsion)
            {
                await MemberDecisions.LeaveAsync(db, member, MemberState.Expelled, decision.DecidedOn, now, cancellationToken);
            }

            return TypedResults.Ok(SanctionResponse.From(sanction));
        }, cancellationToken);
}
