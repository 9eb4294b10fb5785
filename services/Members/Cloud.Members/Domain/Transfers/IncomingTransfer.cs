namespace Cloud.Members.Domain.Transfers;

/// <summary>
/// A transfer another county on Cloud addressed to this one. Before acceptance this county sees only the person's name
/// and masked national ID (to recognise them) and statistical facts; the record itself arrives only after acceptance.
/// A rejected or cancelled transfer forgets the name and ID.
/// </summary>
public sealed class IncomingTransfer
{
    private IncomingTransfer()
    {
    }

    /// <summary>The same id as the issuing county's <see cref="OutgoingTransfer"/>.</summary>
    public Guid Id { get; private set; }

    public string FromCounty { get; private set; } = string.Empty;

    public string? Name { get; private set; }

    public string? NationalIdMasked { get; private set; }

    /// <summary>Keyed hash of the national ID (platform-wide key), to refuse a person who is already a member here.</summary>
    public byte[]? NationalIdHash { get; private set; }

    public IncomingMemberFacts Facts { get; private set; } = null!;

    public TransferReason Reason { get; private set; }

    public string LetterNo { get; private set; } = string.Empty;

    public DateOnly IssuedOn { get; private set; }

    /// <summary>The receiving organization as the issuing county's letter names it (free text).</summary>
    public string? SuggestedOrganizationName { get; private set; }

    public IncomingTransferStatus Status { get; private set; }

    public Guid? ReceivingOrganizationId { get; private set; }

    public DateOnly? AcceptedOn { get; private set; }

    public string? RejectionReason { get; private set; }

    /// <summary>This county's record of the member, once it arrived.</summary>
    public Guid? MemberId { get; private set; }

    public DateTimeOffset ReceivedAt { get; private set; }

    public DateTimeOffset? DecidedAt { get; private set; }

    public static IncomingTransfer Receive(Guid id, string fromCounty, string name, string nationalIdMasked, byte[] nationalIdHash, IncomingMemberFacts facts,
        TransferReason reason, string letterNo, DateOnly issuedOn, string? suggestedOrganizationName, DateTimeOffset at) => new()
    {
        Id = id, FromCounty = fromCounty, Name = name, NationalIdMasked = nationalIdMasked, NationalIdHash = nationalIdHash, Facts = facts, Reason = reason,
        LetterNo = letterNo, IssuedOn = issuedOn, SuggestedOrganizationName = suggestedOrganizationName, Status = IncomingTransferStatus.Pending, ReceivedAt = at,
    };

    public bool IsPending => Status == IncomingTransferStatus.Pending;

    public bool Accept(Guid organizationId, DateOnly on, DateTimeOffset at)
    {
        if (!IsPending)
        {
            return false;
        }

        Status = IncomingTransferStatus.Accepted;
        ReceivingOrganizationId = organizationId;
        AcceptedOn = on;
        DecidedAt = at;
        return true;
    }

    /// <summary>A refusal must give its reason (M28: no unjustified refusal); the person's name and ID are forgotten.</summary>
    public bool Reject(string reason, DateTimeOffset at)
    {
        if (!IsPending)
        {
            return false;
        }

        Status = IncomingTransferStatus.Rejected;
        RejectionReason = reason;
        DecidedAt = at;
        Forget();
        return true;
    }

    /// <summary>The issuing county withdrew it; nothing arrives any more.</summary>
    public bool Cancel(DateTimeOffset at)
    {
        if (Status is not (IncomingTransferStatus.Pending or IncomingTransferStatus.Accepted))
        {
            return false;
        }

        Status = IncomingTransferStatus.Cancelled;
        DecidedAt ??= at;
        Forget();
        return true;
    }

    public bool Arrive(Guid memberId)
    {
        if (Status != IncomingTransferStatus.Accepted)
        {
            return false;
        }

        Status = IncomingTransferStatus.Arrived;
        MemberId = memberId;
        NationalIdHash = null; // the member's record holds it now
        return true;
    }

    private void Forget()
    {
        Name = null;
        NationalIdMasked = null;
        NationalIdHash = null;
    }
}
