namespace Cloud.Members.Domain.Import;

/// <summary>Where a running import is: rows done count within the phase.</summary>
public enum ImportPhase
{
    /// <summary>Reading the uploaded file.</summary>
    Reading,

    /// <summary>Checking each row (ID, labels, dates, branch, duplicates).</summary>
    Checking,

    /// <summary>Writing members and their events.</summary>
    Writing,

    Done,
}
