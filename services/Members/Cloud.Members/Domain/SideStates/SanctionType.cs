namespace Cloud.Members.Domain.SideStates;

/// <summary>党纪处分 (党章第四十条), lightest first.</summary>
public enum SanctionType
{
    /// <summary>警告.</summary>
    Warning,

    /// <summary>严重警告.</summary>
    SeriousWarning,

    /// <summary>撤销党内职务.</summary>
    RemovalFromPost,

    /// <summary>留党察看: no vote while it lasts (M35).</summary>
    ProbationWithinParty,

    /// <summary>开除党籍: the record leaves the roll as Expelled.</summary>
    Expulsion,
}
