using Cloud.Members.Domain.Members;

namespace Cloud.Members.Domain.Development;

/// <summary>M22 (local practice, age from the county's settings): young applicants should generally come through the Youth League's 推优. A reminder, never a refusal.</summary>
public static class LeagueRecommendationAdvisory
{
    public static string? For(DevelopmentCase c, DevelopmentSettings settings)
    {
        var activist = c.Latest(DevelopmentStep.ActivistDecision);
        return activist is not null
            && Age.Years(c.BirthDate, c.ApplicationOn) <= settings.LeagueRecommendationMaxAge
            && activist.RecommendationMethod != RecommendationMethod.LeagueRecommendation
                ? $"{settings.LeagueRecommendationMaxAge}周岁以下的入党申请人，一般应从共青团员中经团组织推优产生"
                : null;
    }
}
