namespace Cloud.Organizations.Domain.Leadership;

/// <summary>
/// 基层组织选举工作条例 (2020) 第三条 (O14): an election is held on time; with the superior's approval it may be put off
/// (延期换届) or brought forward (提前换届) by at most a year — the county's MaxTermAdjustmentMonths.
/// </summary>
public static class TermAdjustmentRule
{
    /// <summary>The latest date the superior may extend a term to.</summary>
    public static DateOnly LatestExtension(DateOnly plannedEndOn, int maxMonths) => plannedEndOn.AddMonths(maxMonths);

    /// <summary>The earliest date the next term may be elected.</summary>
    public static DateOnly EarliestEarlyElection(DateOnly plannedEndOn, int maxMonths) => plannedEndOn.AddMonths(-maxMonths);

    /// <summary>Whether an election on <paramref name="electedOn"/> comes before the open term's planned end.</summary>
    public static bool IsEarly(DateOnly electedOn, DateOnly plannedEndOn) => electedOn < plannedEndOn;
}
