using Cloud.Contracts.Members;
using Cloud.Members.Data.Configurations;
using Cloud.Members.Domain.Members;
using Cloud.Members.Domain.Transfers;
using Cloud.Members.Events;
using Cloud.ServiceDefaults.Problems;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Cloud.Members.Api;

/// <summary>Members transferred in from organizations outside Cloud: registered with the letter, history starting on its date.</summary>
public static class TransfersInApi
{
    public static async Task<Results<Created<AffiliationHistoryResponse>, ValidationProblem, ProblemHttpResult>> FromOutside(
        TransferInRequest request, [AsParameters] TransferServices s, CancellationToken cancellationToken)
    {
        if (request.Member is not { } record)
        {
            return new Validation().Add("member", "党员信息不能为空").ToProblem();
        }

        // The record's fields are named where the request has them (member.name), as member.organizationId below is.
        var validation = new Validation().AddAll(record.Validate(s.Today, out var nationalId, out var facts).Errors
            .SelectMany(e => e.Value.Select(message => ($"member.{e.Key}", message))));
        var reason = TransferLetter.Validate(validation, request.Reason, request.LetterNo, request.On, "on", s.Today);
        validation.Optional("fromOrganizationName", request.FromOrganizationName, "转出党组织名称", OutgoingTransferConfiguration.MaxOrganizationNameLength);
        if (validation.IsValid && await MemberOrganizations.FindAsync(s.Db, s.User, facts.OrganizationId, cancellationToken) is null)
        {
            validation.Add("member.organizationId", "接收党组织不存在，或不在您的管理范围内");
        }

        if (!validation.IsValid)
        {
            return validation.ToProblem();
        }

        var hash = s.Protector.Hash(nationalId);
        if (await s.Db.Members.AnyAsync(m => m.NationalIdHash == hash && m.State != MemberState.TransferredOut, cancellationToken))
        {
            return MemberProblems.Conflict("该身份证号码的党员已在本县登记", "member.nationalId");
        }

        var member = PartyMember.Register(Guid.NewGuid(), record.Name!.Trim(), s.Protector.Protect(nationalId), facts, s.Now);
        var fromName = string.IsNullOrWhiteSpace(request.FromOrganizationName) ? null : request.FromOrganizationName.Trim();
        var history = AffiliationHistory.In(member.Id, null, fromName, member.OrganizationId, reason!.Value, request.LetterNo!.Trim(), request.On!.Value, s.Now);
        s.Db.Members.Add(member);
        s.Db.AffiliationHistory.Add(history);
        s.Db.Publish(new MemberRegistered(s.County, Guid.NewGuid(), s.Now, member.Id, MemberStatistics.Of(member)));
        s.Db.Publish(TransferEvents.Transferred(s.County, member, TransferDirection.In, history.Reason, history.TransferredOn, null, member.OrganizationId, null, s.Now));
        await s.Db.SaveChangesAsync(cancellationToken);
        var name = await s.Db.Organizations.Where(o => o.OrganizationId == member.OrganizationId).Select(o => o.Name).FirstAsync(cancellationToken);
        return TypedResults.Created($"/api/members/{member.Id}", AffiliationHistoryResponse.From(history, new Dictionary<Guid, string> { [member.OrganizationId] = name }) with { MemberId = member.Id });
    }
}
