namespace Cloud.Organizations.Domain.Settings;

/// <summary>What a county may set each of its settings to; outside these a value is a typo, not a local rule.</summary>
public static class CountySettingLimits
{
    /// <summary>党章 第三十一条 (2022): grassroots committees, general branches and branches serve 3–5 years (O13).</summary>
    public static readonly SettingRange TermYears = new(3, 5);

    public static readonly SettingRange TermDueSoonMonths = new(1, 24);

    /// <summary>基层组织选举工作条例 (2020) 第三条: an election may be put off or brought forward by at most a year (O14).</summary>
    public static readonly SettingRange MaxTermAdjustmentMonths = new(0, 12);

    public static readonly SettingRange SecretaryVacancyAdvisoryDays = new(1, 730);

    public static readonly SettingRange CandidateSurplusPercent = new(0, 100);

    public static readonly SettingRange JointBranchBelowFullMembers = new(2, 10);

    public static readonly SettingRange GeneralBranchAboveMembers = new(10, 500);

    public static readonly SettingRange CommitteeRequiredFullMembers = new(3, 50);

    public static readonly SettingRange VillageCommitteeMembers = new(20, 1000);
}
