namespace Cloud.Organizations.Domain.Leadership;

/// <summary>
/// 基层组织选举工作（暂行）条例 第九条 (O17): committee members are elected from more candidates than seats, by the county's
/// CandidateSurplusPercent (20 by default). UNCONFIRMED for the 2020 条例, so a shortfall is a warning, never a refusal.
/// </summary>
public static class CandidateSurplusRule
{
    public static bool IsMet(int seats, int candidates, int surplusPercent) => (long)candidates * 100 >= (long)seats * (100 + surplusPercent);

    /// <summary>The fewest candidates that meet the rule.</summary>
    public static int MinimumCandidates(int seats, int surplusPercent) => (int)Math.Ceiling(seats * (100 + surplusPercent) / 100m);
}
