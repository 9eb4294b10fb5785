using Cloud.ServiceDefaults.Problems;

namespace Cloud.Members.Api.Development;

/// <summary>The county's development settings: public-notice working days (M11) and the 推优 age (M22).</summary>
public sealed record DevelopmentSettingsRequest(int? PublicNoticeWorkingDays, int? LeagueRecommendationMaxAge)
{
    public Validation Validate()
    {
        var validation = new Validation();
        if (PublicNoticeWorkingDays is not (>= 0 and <= 30))
        {
            validation.Add("publicNoticeWorkingDays", "公示工作日数须在0至30之间（0表示不要求公示）");
        }

        if (LeagueRecommendationMaxAge is not (>= 18 and <= 40))
        {
            validation.Add("leagueRecommendationMaxAge", "推优年龄上限须在18至40周岁之间");
        }

        return validation;
    }
}
