namespace Cloud.Members.Domain.Members;

/// <summary>Whether the record is one of the county's current members, or why it no longer is.</summary>
public enum MemberState
{
    /// <summary>A current member of the county (side states such as mobile or lost contact live beside it).</summary>
    Current,

    /// <summary>Affiliation moved to another county or an outside organization; a stub stays here.</summary>
    TransferredOut,
    Deceased,
    Expelled,
    Withdrawn,

    /// <summary>除名 (incl. 自行脱党), decided by the branch, never automatically.</summary>
    Removed,

    /// <summary>取消预备党员资格.</summary>
    ProbationCancelled,
}
