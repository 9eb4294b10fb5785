namespace Cloud.Members.Domain.Development;

/// <summary>A county's own values for the development rules that are local or unconfirmed nationally; one row per county.</summary>
public sealed class DevelopmentSettings
{
    /// <summary>M11: 5 working days in most local rules; UNCONFIRMED nationally, so the county sets it (0 = no notice required).</summary>
    public const int DefaultPublicNoticeWorkingDays = 5;

    /// <summary>M22: applicants up to this age should generally come through the Youth League's 推优 (local practice).</summary>
    public const int DefaultLeagueRecommendationMaxAge = 28;

    private DevelopmentSettings()
    {
    }

    public int PublicNoticeWorkingDays { get; private set; }

    public int LeagueRecommendationMaxAge { get; private set; }

    /// <summary>When the county last changed its settings; null for the defaults.</summary>
    public DateTimeOffset? UpdatedAt { get; private set; }

    public static DevelopmentSettings Defaults() => new()
    {
        PublicNoticeWorkingDays = DefaultPublicNoticeWorkingDays,
        LeagueRecommendationMaxAge = DefaultLeagueRecommendationMaxAge,
    };

    public static DevelopmentSettings Create(int publicNoticeWorkingDays, int leagueRecommendationMaxAge, DateTimeOffset now)
    {
        var settings = new DevelopmentSettings();
        settings.Change(publicNoticeWorkingDays, leagueRecommendationMaxAge, now);
        return settings;
    }

    public void Change(int publicNoticeWorkingDays, int leagueRecommendationMaxAge, DateTimeOffset now)
    {
        PublicNoticeWorkingDays = publicNoticeWorkingDays;
        LeagueRecommendationMaxAge = leagueRecommendationMaxAge;
        UpdatedAt = now;
    }
}
