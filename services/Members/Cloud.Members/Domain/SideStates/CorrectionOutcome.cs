namespace Cloud.Members.Domain.SideStates;

/// <summary>How a correction period (限期改正) ended.</summary>
public enum CorrectionOutcome
{
    /// <summary>Corrected: back to normal.</summary>
    Normal,

    /// <summary>Not corrected: removed (除名).</summary>
    Removed,
}
