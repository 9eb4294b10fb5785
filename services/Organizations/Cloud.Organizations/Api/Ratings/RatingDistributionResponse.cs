namespace Cloud.Organizations.Api.Ratings;

/// <summary>
/// Indicator 44 <c>VillageRatingDistribution</c> for a year: village organizations rated, count per star and per grade,
/// and how many rose (晋星 / 升级) or fell against their own rating of the year before.
/// </summary>
public sealed record RatingDistributionResponse(
    int Year, int Villages, int Rated, StarCount[] ByStar, GradeCount[] ByGrade,
    int StarUpgrades, int GradeUpgrades, int StarDowngrades, int GradeDowngrades);
