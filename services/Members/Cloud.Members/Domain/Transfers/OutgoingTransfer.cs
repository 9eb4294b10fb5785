namespace Cloud.Members.Domain.Transfers;

/// <summary>
/// A transfer letter (组织关系介绍信) this county issued for one of its members, to another county on Cloud or to an
/// organization outside it (M28). The member stays this county's responsibility until the other county accepts.
/// </summary>
public sealed class OutgoingTransfer
{
    private OutgoingTransfer()
    {
    }

    public Guid Id { get; private set; }

    public Guid MemberId { get; private set; }

    public Guid FromOrganizationId { get; private set; }

    /// <summary>The receiving county on Cloud; null for an organization outside Cloud.</summary>
    public string? ToCounty { get; private set; }

    /// <summary>The receiving organization as the letter names it (free text): the other county's tree is not known here.</summary>
    public string? ToOrganizationName { get; private set; }

    public TransferReason Reason { get; private set; }

    public string LetterNo { get; private set; } = string.Empty;

    public DateOnly IssuedOn { get; private set; }

    public OutgoingTransferStatus Status { get; private set; }

    public string? RejectionReason { get; private set; }

    /// <summary>When it was received, rejected or cancelled.</summary>
    public DateTimeOffset? ClosedAt { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public static OutgoingTransfer ToCountyOnCloud(Guid memberId, Guid from, string toCounty, string? toOrganizationName, TransferReason reason, string letterNo, DateOnly issuedOn, DateTimeOffset at) =>
        new() { Id = Guid.NewGuid(), MemberId = memberId, FromOrganizationId = from, ToCounty = toCounty, ToOrganizationName = toOrganizationName, Reason = reason, LetterNo = letterNo, IssuedOn = issuedOn, Status = OutgoingTransferStatus.InTransit, CreatedAt = at };

    /// <summary>The outside body is not on Cloud and cannot confirm: the letter completes the transfer here.</summary>
    public static OutgoingTransfer ToOutsideOrganization(Guid memberId, Guid from, string? toOrganizationName, TransferReason reason, string letterNo, DateOnly issuedOn, DateTimeOffset at) =>
        new() { Id = Guid.NewGuid(), MemberId = memberId, FromOrganizationId = from, ToOrganizationName = toOrganizationName, Reason = reason, LetterNo = letterNo, IssuedOn = issuedOn, Status = OutgoingTransferStatus.LetterIssued, CreatedAt = at, ClosedAt = at };

    public bool IsInTransit => Status == OutgoingTransferStatus.InTransit;

    public bool IsOverdue(DateOnly today, int overdueAfterDays) => IsInTransit && TransferOverdueRule.IsOverdue(IssuedOn, today, overdueAfterDays);

    /// <summary>The receiving county accepted; false if the transfer is no longer in transit (e.g. cancelled meanwhile).</summary>
    public bool Receive(DateTimeOffset at) => Close(OutgoingTransferStatus.Received, null, at);

    public bool Reject(string reason, DateTimeOffset at) => Close(OutgoingTransferStatus.Rejected, reason, at);

    public bool Cancel(DateTimeOffset at) => Close(OutgoingTransferStatus.Cancelled, null, at);

    private bool Close(OutgoingTransferStatus status, string? rejectionReason, DateTimeOffset at)
    {
        if (!IsInTransit)
        {
            return false;
        }

        Status = status;
        RejectionReason = rejectionReason;
        ClosedAt = at;
        return true;
    }
}
