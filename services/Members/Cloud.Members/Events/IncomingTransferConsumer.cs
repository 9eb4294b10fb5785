using Cloud.Contracts.Members;
using Cloud.Members.Data;
using Cloud.Members.Domain.Members;
using Cloud.Members.Domain.Transfers;
using Cloud.Members.Security;
using MassTransit;
using Microsoft.EntityFrameworkCore;

namespace Cloud.Members.Events;

/// <summary>
/// The receiving county's side of a transfer between counties. Runs under the county the message is addressed to (its
/// TenantId), inside the inbox transaction; every county's copy of the queue sees only its own rows (row-level security).
/// </summary>
public sealed class IncomingTransferConsumer(MembersDbContext db, NationalIdProtector protector, TimeProvider clock, ILogger<IncomingTransferConsumer> logger) :
    IConsumer<AffiliationTransferIssued>,
    IConsumer<AffiliationTransferCancelled>,
    IConsumer<MemberRecordTransferred>
{
    private string County => db.Tenant.TenantId!;

    public async Task Consume(ConsumeContext<AffiliationTransferIssued> context)
    {
        var e = context.Message;
        if (e.SourceCounty == County || await db.IncomingTransfers.AnyAsync(t => t.Id == e.TransferId, context.CancellationToken))
        {
            return;
        }

        var who = protector.UnsealIdentification(e.TransferId, County, e.Identification);
        var facts = new IncomingMemberFacts(e.Facts.Gender, e.Facts.BirthYear, e.Facts.IsMinority, e.Facts.EducationBand, e.Facts.MembershipStatus,
            e.Facts.AdmissionApprovedOn, e.Facts.ConfirmedOn);
        db.IncomingTransfers.Add(IncomingTransfer.Receive(e.TransferId, e.SourceCounty, who.Name, who.NationalIdMasked, who.NationalIdHash, facts,
            Enum.Parse<TransferReason>(e.Reason), e.LetterNo, e.IssuedOn, e.ReceivingOrganizationName, clock.GetUtcNow()));
    }

    public async Task Consume(ConsumeContext<AffiliationTransferCancelled> context)
    {
        var transfer = await db.LockIncomingTransferAsync(context.Message.TransferId, context.CancellationToken);
        if (transfer is not null && transfer.FromCounty == context.Message.SourceCounty)
        {
            transfer.Cancel(clock.GetUtcNow());
        }
    }

    public async Task Consume(ConsumeContext<MemberRecordTransferred> context)
    {
        var e = context.Message;
        var transfer = await db.LockIncomingTransferAsync(e.TransferId, context.CancellationToken);
        if (transfer is null || transfer.FromCounty != e.SourceCounty || transfer.Status != IncomingTransferStatus.Accepted)
        {
            logger.LogWarning("Transferred record {TransferId} is not awaited in this county; ignored", e.TransferId);
            return;
        }

        var record = protector.UnsealRecord(e.TransferId, County, e.Record);
        if (!NationalId.TryParse(record.NationalId, out var nationalId, out _))
        {
            throw new InvalidOperationException($"Transferred record {e.TransferId} carries an invalid national ID.");
        }

        var now = clock.GetUtcNow();
        var organizationId = transfer.ReceivingOrganizationId!.Value;
        var member = PartyMember.Register(Guid.NewGuid(), record.Name, protector.Protect(nationalId), record.FactsIn(organizationId), now);
        db.Members.Add(member);
        transfer.Arrive(member.Id);
        var on = transfer.AcceptedOn!.Value;
        db.AffiliationHistory.Add(AffiliationHistory.In(member.Id, transfer.FromCounty, null, organizationId, transfer.Reason, transfer.LetterNo, on, now));
        db.Publish(new MemberRegistered(County, Guid.NewGuid(), now, member.Id, MemberStatistics.Of(member)));
        db.Publish(TransferEvents.Transferred(County, member, TransferDirection.In, transfer.Reason, on, null, organizationId, transfer.FromCounty, now));
    }
}
