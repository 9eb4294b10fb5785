namespace Cloud.Members.Domain.Members;

/// <summary>Age bands the county reports count by (seed 004: "35岁以下党员" share; 60 and over as the statistics tables list).</summary>
public enum AgeBand
{
    /// <summary>35岁以下</summary>
    UnderThirtyFive,

    /// <summary>35至59岁</summary>
    ThirtyFiveToFiftyNine,

    /// <summary>60岁及以上</summary>
    SixtyOrOver,
}
