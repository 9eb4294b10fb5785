namespace Cloud.Members.Domain.Development;

/// <summary>Where a development case (发展党员) stands: the five stages, then the ways a case ends early (domain.md §3.2).</summary>
public enum DevelopmentStage
{
    /// <summary>入党申请人</summary>
    Applicant,

    /// <summary>入党积极分子</summary>
    Activist,

    /// <summary>发展对象</summary>
    Candidate,

    /// <summary>预备党员</summary>
    Probationary,

    /// <summary>正式党员 (转正)</summary>
    Full,

    /// <summary>本人撤回申请</summary>
    Withdrawn,

    /// <summary>组织决定不再培养发展</summary>
    NotAdopted,

    /// <summary>延长预备期</summary>
    ProbationExtended,

    /// <summary>取消预备党员资格</summary>
    ProbationCancelled,
}
