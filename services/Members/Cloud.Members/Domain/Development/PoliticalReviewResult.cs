namespace Cloud.Members.Domain.Development;

/// <summary>政治审查结论 (M9).</summary>
public enum PoliticalReviewResult
{
    /// <summary>合格</summary>
    Passed,

    /// <summary>不合格</summary>
    NotPassed,
}
