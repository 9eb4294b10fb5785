using Cloud.Members.Domain.Development;

namespace Cloud.Members.Api.Development;

public sealed record DevelopmentSettingsResponse(int PublicNoticeWorkingDays, int LeagueRecommendationMaxAge, bool IsDefault, DateTimeOffset? UpdatedAt)
{
    public static DevelopmentSettingsResponse From(DevelopmentSettings s) =>
        new(s.PublicNoticeWorkingDays, s.LeagueRecommendationMaxAge, s.UpdatedAt is null, s.UpdatedAt);
}
