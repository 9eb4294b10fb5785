using System.Security.Claims;
using Cloud.Members.Data;
using Cloud.Members.Data.Configurations;
using Cloud.Members.Domain.SideStates;
using Cloud.Members.Events;
using Cloud.ServiceDefaults.Auth;
using Cloud.ServiceDefaults.Problems;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Cloud.Members.Api;

/// <summary>流动党员: start, update (destination, liaison, last contact) and end a member's mobility (M29, M30).</summary>
public static class MobileMembersApi
{
    public static IEndpointRouteBuilder MapMobileMembersApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/members/{id:guid}/mobile").RequireAuthorization(CloudPolicies.CountyUser).RequireAuthorization(CloudPolicies.CanManageMembers);
        api.MapPut("/", Record);
        api.MapPost("/end", End);
        return app;
    }

    public static Task<Results<Ok<MobileResponse>, ValidationProblem, ProblemHttpResult, NotFound>> Record(
        Guid id, MobileRequest request, ClaimsPrincipal user, MembersDbContext db, TimeProvider clock, CancellationToken cancellationToken) =>
        MemberChange.RunAsync<MobileResponse>(db, user, id, clock, async (member, now) =>
        {
            var today = MemberChange.Today(now);
            var validation = new Validation().Require("destination", request.Destination, "外出地点", MobileMemberRecordConfiguration.MaxDestinationLength);
            if (request.DepartedOn is not { } departedOn || departedOn > today)
            {
                validation.Add("departedOn", "外出日期不能为空，且不能晚于今天");
            }

            if (request.LastContactOn > today || request.LastContactOn < request.DepartedOn)
            {
                validation.Add("lastContactOn", "最近联系日期须在外出日期与今天之间");
            }

            if (request.LiaisonPersonId is { } liaison && !await db.Members.AnyAsync(m => m.Id == liaison && m.Id != member.Id, cancellationToken))
            {
                validation.Add("liaisonPersonId", "联系人须是本县另一名党员");
            }

            if (!validation.IsValid)
            {
                return validation.ToProblem();
            }

            var details = new MobileDetails(request.Destination!.Trim(), request.DepartedOn!.Value, request.ExpectedReturnOn, request.LiaisonPersonId, request.DestinationOrgId, request.LastContactOn);
            if (MobileMemberRecord.Refuse(details) is { } refusal)
            {
                return RecordProblems.Rule(refusal);
            }

            if (await db.MobileRecords.FirstOrDefaultAsync(r => r.MemberId == member.Id && r.EndedOn == null, cancellationToken) is { } open)
            {
                open.Update(details, now);
                return TypedResults.Ok(MobileResponse.From(open));
            }

            var started = MobileMemberRecord.Start(member.Id, details, now);
            db.MobileRecords.Add(started);
            MemberRecordEvents.MobileChanged(db, member, true, details.DepartedOn, now);
            return TypedResults.Ok(MobileResponse.From(started));
        }, cancellationToken);

    public static Task<Results<Ok<MobileResponse>, ValidationProblem, ProblemHttpResult, NotFound>> End(
        Guid id, EndMobilityRequest request, ClaimsPrincipal user, MembersDbContext db, TimeProvider clock, CancellationToken cancellationToken) =>
        MemberChange.RunAsync<MobileResponse>(db, user, id, clock, async (member, now) =>
        {
            if (await db.MobileRecords.FirstOrDefaultAsync(r => r.MemberId == member.Id && r.EndedOn == null, cancellationToken) is not { } open)
            {
                return MemberProblems.Conflict("该党员目前不是流动党员", "endedOn");
            }

            if (request.EndedOn is not { } endedOn || endedOn > MemberChange.Today(now) || endedOn < open.DepartedOn)
            {
                return new Validation().Add("endedOn", "结束日期不能为空，且须在外出日期与今天之间").ToProblem();
            }

            open.End(endedOn, now);
            MemberRecordEvents.MobileChanged(db, member, false, endedOn, now);
            return TypedResults.Ok(MobileResponse.From(open));
        }, cancellationToken);
}
