namespace Cloud.Organizations.Domain;

/// <summary>Why an organization ended, as <c>OrganizationDissolved.Reason</c> tells consumers.</summary>
public enum DissolutionReason
{
    Dissolved,
    Merged,
    Split,

    /// <summary>A temporary branch whose task ended.</summary>
    TaskEnded,
}
