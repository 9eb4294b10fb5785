using Cloud.Contracts.Members;
using Cloud.Members.Data;
using Cloud.Members.Data.Configurations;
using Cloud.Members.Domain.Transfers;
using Cloud.Members.Events;
using Cloud.Persistence.OrganizationTree;
using Cloud.ServiceDefaults.Problems;
using Cloud.ServiceDefaults.Tenancy;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Cloud.Members.Api;

/// <summary>
/// Letters out of the county (M28). To a county on Cloud the member stays this county's responsibility until it accepts;
/// only the name and masked ID (sealed) and statistics go with the letter. To an outside organization the member leaves on issue.
/// </summary>
public static class OutgoingTransfersApi
{
    public static async Task<Results<Created<OutgoingTransferResponse>, ValidationProblem, ProblemHttpResult, NotFound>> Issue(
        Guid id, TransferLetterRequest request, [AsParameters] TransferServices s, CancellationToken cancellationToken)
    {
        var validation = new Validation();
        var reason = TransferLetter.Validate(validation, request.Reason, request.LetterNo, request.IssuedOn, "issuedOn", s.Today);
        var toCounty = string.IsNullOrWhiteSpace(request.ToCounty) ? null : request.ToCounty.Trim();
        if (toCounty is not null && !CountyCode.IsValid(toCounty))
        {
            validation.Add("toCounty", "接收县（区）应为6位行政区划代码");
        }
        else if (toCounty == s.County)
        {
            validation.Add("toCounty", "县内转接请使用县内转接，不开具跨县介绍信");
        }

        validation.Optional("toOrganizationName", request.ToOrganizationName, "接收党组织名称", OutgoingTransferConfiguration.MaxOrganizationNameLength);
        if (!validation.IsValid)
        {
            return validation.ToProblem();
        }

        await using var transaction = await s.Db.Database.BeginTransactionAsync(cancellationToken);
        var movable = await s.LockMovableMemberAsync(id, cancellationToken);
        if (movable.Refusal is { } refusal)
        {
            return refusal;
        }

        if (movable.Member is not { } member)
        {
            return TypedResults.NotFound();
        }

        var letterNo = request.LetterNo!.Trim();
        var toName = string.IsNullOrWhiteSpace(request.ToOrganizationName) ? null : request.ToOrganizationName.Trim();
        var issuedOn = request.IssuedOn!.Value;
        var from = member.OrganizationId;
        OutgoingTransfer transfer;
        if (toCounty is not null)
        {
            transfer = OutgoingTransfer.ToCountyOnCloud(member.Id, from, toCounty, toName, reason!.Value, letterNo, issuedOn, s.Now);
            var identification = s.Protector.SealIdentification(transfer.Id, toCounty, new MemberIdentification(member.Name, member.NationalIdMasked, member.NationalIdHash));
            s.Db.PublishToCounty(toCounty, new AffiliationTransferIssued(toCounty, Guid.NewGuid(), s.Now, transfer.Id, s.County, transfer.Reason.ToString(),
                letterNo, issuedOn, toName, MemberStatistics.Of(member), identification));
        }
        else
        {
            transfer = OutgoingTransfer.ToOutsideOrganization(member.Id, from, toName, reason!.Value, letterNo, issuedOn, s.Now);
            member.TransferOut(s.Now);
            s.Db.AffiliationHistory.Add(AffiliationHistory.Out(member.Id, from, null, toName, transfer.Reason, letterNo, issuedOn, s.Now));
            s.Db.Publish(TransferEvents.Transferred(s.County, member, TransferDirection.Out, transfer.Reason, issuedOn, from, null, null, s.Now));
        }

        s.Db.OutgoingTransfers.Add(transfer);
        await s.Db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        var days = await s.Db.OverdueAfterDaysAsync(cancellationToken);
        // A county not (yet) on Cloud gets the letter when it comes on; a mistyped code never does. Warned, not refused.
        string[] warnings = toCounty is null || await s.Db.CountiesOnCloud.AnyAsync(c => c.Code == toCounty, cancellationToken)
            ? []
            : [$"接收县（区）{toCounty} 尚未开通党建云，介绍信要等其开通后才能接收办理：请核对代码；对方不使用本系统的，请撤回后开具系统外介绍信"];
        return TypedResults.Created($"/api/members/transfers/outgoing/{transfer.Id}",
            OutgoingTransferResponse.From(transfer, member.Name, member.NationalIdMasked, s.Today, days) with { Warnings = warnings });
    }

    /// <summary>
    /// The county's letters within the caller's scope, newest first; <c>status</c> filters by name (<c>InTransit</c>).
    /// Keyset pages of <c>limit</c>: the next page is <c>after</c> the last letter's id.
    /// </summary>
    public static async Task<Results<Ok<List<OutgoingTransferResponse>>, ValidationProblem>> List(
        string? status, [AsParameters] TransferServices s, CancellationToken cancellationToken, int limit = TransfersApi.DefaultPage, Guid? after = null)
    {
        var validation = new Validation().PageLimit(limit, TransfersApi.MaxPage);
        OutgoingTransferStatus? only = null;
        if (status is not null)
        {
            if (EnumNames.TryParse(status, out OutgoingTransferStatus parsed))
            {
                only = parsed;
            }
            else
            {
                validation.Add("status", $"状态必须是 {EnumNames.Names<OutgoingTransferStatus>()} 之一");
            }
        }

        if (!validation.IsValid)
        {
            return validation.ToProblem();
        }

        var visible = s.Db.OrganizationsVisibleTo(s.User);
        var inScope = s.Db.OutgoingTransfers.AsNoTracking().Where(t => visible.Any(o => o.OrganizationId == t.FromOrganizationId));
        var letters = inScope.Where(t => only == null || t.Status == only);
        if (after is { } afterId)
        {
            // A letter the caller cannot see (or none) gives no position to continue from: the answer is the last page's end.
            if (await inScope.Where(t => t.Id == afterId).Select(t => new { t.IssuedOn, t.CreatedAt }).FirstOrDefaultAsync(cancellationToken) is not { } from)
            {
                return TypedResults.Ok(new List<OutgoingTransferResponse>());
            }

            letters = letters.Where(t => EF.Functions.LessThan(
                ValueTuple.Create(t.IssuedOn, t.CreatedAt, t.Id), ValueTuple.Create(from.IssuedOn, from.CreatedAt, afterId)));
        }

        var rows = await letters
            .Join(s.Db.Members, t => t.MemberId, m => m.Id, (t, m) => new { Transfer = t, m.Name, m.NationalIdMasked })
            .OrderByDescending(r => r.Transfer.IssuedOn).ThenByDescending(r => r.Transfer.CreatedAt).ThenByDescending(r => r.Transfer.Id)
            .Take(limit)
            .ToListAsync(cancellationToken);
        var days = await s.Db.OverdueAfterDaysAsync(cancellationToken);
        return TypedResults.Ok(rows.Select(r => OutgoingTransferResponse.From(r.Transfer, r.Name, r.NationalIdMasked, s.Today, days)).ToList());
    }

    /// <summary>Withdraws a letter still in transit; the receiving county's entry is cancelled and forgets the person.</summary>
    public static async Task<Results<Ok<OutgoingTransferResponse>, ProblemHttpResult, NotFound>> Cancel(
        Guid transferId, [AsParameters] TransferServices s, CancellationToken cancellationToken)
    {
        await using var transaction = await s.Db.Database.BeginTransactionAsync(cancellationToken);
        var visible = s.Db.OrganizationsVisibleTo(s.User);
        var transfer = await s.Db.LockOutgoingTransferAsync(transferId, cancellationToken);
        var member = transfer is null ? null : await s.Db.Members.AsNoTracking()
            .FirstOrDefaultAsync(m => m.Id == transfer.MemberId && visible.Any(o => o.OrganizationId == transfer.FromOrganizationId), cancellationToken);
        if (transfer is null || member is null)
        {
            return TypedResults.NotFound();
        }

        if (transfer.ToCounty is not { } toCounty || !transfer.Cancel(s.Now))
        {
            return TransferProblems.Closed();
        }

        s.Db.PublishToCounty(toCounty, new AffiliationTransferCancelled(toCounty, Guid.NewGuid(), s.Now, transfer.Id, s.County));
        await s.Db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        var days = await s.Db.OverdueAfterDaysAsync(cancellationToken);
        return TypedResults.Ok(OutgoingTransferResponse.From(transfer, member.Name, member.NationalIdMasked, s.Today, days));
    }
}
