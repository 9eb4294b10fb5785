namespace Cloud.Organizations.Domain.Leadership;

/// <summary>Where a term stands on a given date (domain.md §3.1 term state machine), derived, never stored.</summary>
public enum TermStatus
{
    Active,

    /// <summary>Within the county's TermDueSoonMonths of its planned end: the re-election (换届) should be prepared.</summary>
    DueSoon,

    /// <summary>Past its planned end without an approved extension, or past the extension.</summary>
    Overdue,

    /// <summary>The superior approved putting the election off (延期换届) and that date has not passed.</summary>
    Extended,

    /// <summary>The next term started (or the term otherwise ended).</summary>
    Closed,
}
