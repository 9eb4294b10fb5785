namespace Cloud.Members.Domain.Transfers;

/// <summary>Where a transfer letter this county issued stands; the county stays responsible while it is <see cref="InTransit"/>.</summary>
public enum OutgoingTransferStatus
{
    /// <summary>Issued to a county on Cloud, not yet accepted or rejected there.</summary>
    InTransit,

    /// <summary>Accepted by the receiving county; the record moved there and a stub stays here.</summary>
    Received,

    /// <summary>Refused by the receiving county with its reason; the member stays here as before.</summary>
    Rejected,

    /// <summary>Withdrawn by this county before acceptance.</summary>
    Cancelled,

    /// <summary>Letter to an organization outside Cloud: the member left on issue.</summary>
    LetterIssued,
}
