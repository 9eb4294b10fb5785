using Cloud.Contracts.Members;
using Cloud.Members.Data;
using Cloud.Members.Domain.Transfers;
using Cloud.Members.Security;
using MassTransit;
using Microsoft.EntityFrameworkCore;

namespace Cloud.Members.Events;

/// <summary>
/// The issuing county's side of a transfer between counties: the receiving county's decision. On acceptance the record
/// leaves, sealed for the receiving county only, and a stub stays; on rejection nothing changes but the reason is kept.
/// </summary>
public sealed class OutgoingTransferConsumer(MembersDbContext db, NationalIdProtector protector, TimeProvider clock) :
    IConsumer<AffiliationTransferAccepted>,
    IConsumer<AffiliationTransferRejected>
{
    private string County => db.Tenant.TenantId!;

    public async Task Consume(ConsumeContext<AffiliationTransferAccepted> context)
    {
        var e = context.Message;
        var now = clock.GetUtcNow();
        var transfer = await db.LockOutgoingTransferAsync(e.TransferId, context.CancellationToken);
        if (transfer?.ToCounty is not { } toCounty || toCounty != e.AcceptingCounty || !transfer.Receive(now))
        {
            return; // not ours, or cancelled meanwhile (the receiving county learns that from the cancellation)
        }

        var member = await db.Members.FirstAsync(m => m.Id == transfer.MemberId, context.CancellationToken);
        var record = protector.SealRecord(transfer.Id, toCounty, TransferredMemberRecord.Of(member, protector.Reveal(member.NationalId)));
        var from = member.OrganizationId;
        member.TransferOut(now);
        db.AffiliationHistory.Add(AffiliationHistory.Out(member.Id, from, toCounty, transfer.ToOrganizationName, transfer.Reason, transfer.LetterNo, e.AcceptedOn, now));
        db.Publish(TransferEvents.Transferred(County, member, TransferDirection.Out, transfer.Reason, e.AcceptedOn, from, null, toCounty, now));
        db.PublishToCounty(toCounty, new MemberRecordTransferred(toCounty, Guid.NewGuid(), now, transfer.Id, County, record));
    }

    public async Task Consume(ConsumeContext<AffiliationTransferRejected> context)
    {
        var e = context.Message;
        var transfer = await db.LockOutgoingTransferAsync(e.TransferId, context.CancellationToken);
        if (transfer is not null && transfer.ToCounty == e.RejectingCounty)
        {
            transfer.Reject(e.RejectionReason, clock.GetUtcNow());
        }
    }
}
