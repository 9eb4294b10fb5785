namespace Cloud.Organizations.Domain.Ratings;

/// <summary>
/// The two village scales (seed 000): 星级 <c>StarRating</c> 1–5 (五星 best) and 升级晋档 <c>UpgradeGrade</c> 一–四类 (1 best, 4 worst).
/// </summary>
public static class VillageRatingScale
{
    public const int MinStars = 1;

    public const int MaxStars = 5;

    public const int BestGrade = 1;

    public const int WorstGrade = 4;

    public static RuleViolation? StarRatingIsOneToFive(int? starRating) =>
        starRating is < MinStars or > MaxStars ? new("starRating", $"星级必须是{MinStars}到{MaxStars}星") : null;

    public static RuleViolation? GradeIsOneToFour(int? grade) =>
        grade is < BestGrade or > WorstGrade ? new("grade", $"等级必须是{BestGrade}到{WorstGrade}（一类到四类）") : null;

    /// <summary>晋星: more stars than the year before.</summary>
    public static bool IsStarUpgrade(int? previous, int? current) => previous is { } p && current is { } c && c > p;

    /// <summary>升级: a better (lower) grade than the year before.</summary>
    public static bool IsGradeUpgrade(int? previous, int? current) => previous is { } p && current is { } c && c < p;

    public static bool IsStarDowngrade(int? previous, int? current) => previous is { } p && current is { } c && c < p;

    public static bool IsGradeDowngrade(int? previous, int? current) => previous is { } p && current is { } c && c > p;
}
