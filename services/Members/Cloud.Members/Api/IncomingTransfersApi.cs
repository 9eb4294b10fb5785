using Cloud.Contracts.Members;
using Cloud.Members.Data;
using Cloud.Members.Data.Configurations;
using Cloud.Members.Domain.Members;
using Cloud.Members.Domain.Transfers;
using Cloud.ServiceDefaults.Problems;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Cloud.Members.Api;

/// <summary>
/// Transfers from other counties on Cloud, for this county's organization department only. Accepting sends word to the
/// issuing county, which then sends the record sealed; rejecting sends the reason back.
/// </summary>
public static class IncomingTransfersApi
{
    /// <summary>
    /// The county's incoming transfers, those awaiting a decision first, each group newest first. Keyset pages of
    /// <c>limit</c>: the next page is <c>after</c> the last transfer's id.
    /// </summary>
    public static async Task<Results<Ok<List<IncomingTransferResponse>>, ValidationProblem>> List(
        [AsParameters] TransferServices s, CancellationToken cancellationToken, int limit = TransfersApi.DefaultPage, Guid? after = null)
    {
        var validation = new Validation().PageLimit(limit, TransfersApi.MaxPage);
        if (!validation.IsValid)
        {
            return validation.ToProblem();
        }

        var transfers = s.Db.IncomingTransfers.AsNoTracking();
        if (after is { } afterId)
        {
            if (await transfers.Where(t => t.Id == afterId).Select(t => new { t.Status, t.ReceivedAt }).FirstOrDefaultAsync(cancellationToken) is not { } from)
            {
                return TypedResults.Ok(new List<IncomingTransferResponse>());
            }

            // After a pending one: the older pending ones, then every decided one; after a decided one: the older decided ones.
            transfers = from.Status == IncomingTransferStatus.Pending
                ? transfers.Where(t => t.Status != IncomingTransferStatus.Pending
                    || EF.Functions.LessThan(ValueTuple.Create(t.ReceivedAt, t.Id), ValueTuple.Create(from.ReceivedAt, afterId)))
                : transfers.Where(t => t.Status != IncomingTransferStatus.Pending
                    && EF.Functions.LessThan(ValueTuple.Create(t.ReceivedAt, t.Id), ValueTuple.Create(from.ReceivedAt, afterId)));
        }

        var page = await transfers
            .OrderBy(t => t.Status == IncomingTransferStatus.Pending ? 0 : 1).ThenByDescending(t => t.ReceivedAt).ThenByDescending(t => t.Id)
            .Take(limit)
            .ToListAsync(cancellationToken);
        return TypedResults.Ok(page.Select(IncomingTransferResponse.From).ToList());
    }

    public static async Task<Results<Ok<IncomingTransferResponse>, ValidationProblem, ProblemHttpResult, NotFound>> Accept(
        Guid transferId, AcceptTransferRequest request, [AsParameters] TransferServices s, CancellationToken cancellationToken)
    {
        await using var transaction = await s.Db.Database.BeginTransactionAsync(cancellationToken);
        if (await s.Db.LockIncomingTransferAsync(transferId, cancellationToken) is not { } transfer)
        {
            return TypedResults.NotFound();
        }

        var validation = new Validation();
        var on = request.On ?? s.Today;
        if (on > s.Today || on < transfer.IssuedOn)
        {
            validation.Add("on", "接收日期应在介绍信开具日期与今天之间");
        }

        if (request.OrganizationId is not { } organizationId || await MemberOrganizations.FindAsync(s.Db, s.User, organizationId, cancellationToken) is null)
        {
            validation.Add("organizationId", "接收党组织不存在或已撤销");
        }

        if (!validation.IsValid)
        {
            return validation.ToProblem();
        }

        var hash = transfer.NationalIdHash;
        if (hash is not null && await s.Db.Members.AnyAsync(m => m.NationalIdHash == hash && m.State != MemberState.TransferredOut, cancellationToken))
        {
            return MemberProblems.Conflict("该党员已是本县党员，不能重复接收，请拒收并说明理由", "transferId");
        }

        if (!transfer.Accept(request.OrganizationId!.Value, on, s.Now))
        {
            return TransferProblems.Closed();
        }

        s.Db.PublishToCounty(transfer.FromCounty, new AffiliationTransferAccepted(transfer.FromCounty, Guid.NewGuid(), s.Now, transfer.Id, s.County, on));
        await s.Db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return TypedResults.Ok(IncomingTransferResponse.From(transfer));
    }

    public static async Task<Results<Ok<IncomingTransferResponse>, ValidationProblem, ProblemHttpResult, NotFound>> Reject(
        Guid transferId, RejectTransferRequest request, [AsParameters] TransferServices s, CancellationToken cancellationToken)
    {
        var validation = new Validation().Require("reason", request.Reason, "拒收理由（不得无故拒收）", OutgoingTransferConfiguration.MaxRejectionReasonLength);
        if (!validation.IsValid)
        {
            return validation.ToProblem();
        }

        await using var transaction = await s.Db.Database.BeginTransactionAsync(cancellationToken);
        if (await s.Db.LockIncomingTransferAsync(transferId, cancellationToken) is not { } transfer)
        {
            return TypedResults.NotFound();
        }

        var reason = request.Reason!.Trim();
        if (!transfer.Reject(reason, s.Now))
        {
            return TransferProblems.Closed();
        }

        s.Db.PublishToCounty(transfer.FromCounty, new AffiliationTransferRejected(transfer.FromCounty, Guid.NewGuid(), s.Now, transfer.Id, s.County, reason));
        await s.Db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return TypedResults.Ok(IncomingTransferResponse.From(transfer));
    }
}
