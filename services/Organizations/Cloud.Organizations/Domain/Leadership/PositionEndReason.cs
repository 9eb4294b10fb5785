namespace Cloud.Organizations.Domain.Leadership;

/// <summary>Why a holder left a post (domain.md §3.1 CommitteePosition.EndReason); stored by name.</summary>
public enum PositionEndReason
{
    /// <summary>The term ended with the next election.</summary>
    TermEnd,
    Resigned,
    Transferred,
    Removed,
    Deceased,
}
