namespace Cloud.Members.Domain.Transfers;

/// <summary>Where a transfer another county addressed to this one stands.</summary>
public enum IncomingTransferStatus
{
    /// <summary>Waiting for this county's decision.</summary>
    Pending,

    /// <summary>Accepted; the record is on its way from the issuing county.</summary>
    Accepted,

    /// <summary>The record arrived and is one of this county's members.</summary>
    Arrived,
    Rejected,

    /// <summary>Withdrawn by the issuing county.</summary>
    Cancelled,
}
