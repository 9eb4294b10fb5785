namespace Cloud.Members.Domain.Development;

/// <summary>How an applicant was put forward as an activist (M4).</summary>
public enum RecommendationMethod
{
    /// <summary>党员推荐</summary>
    MemberRecommendation,

    /// <summary>群团组织推优 (共青团推优, M22)</summary>
    LeagueRecommendation,
}
