namespace Cloud.Members.Domain.Development;

/// <summary>What the general meeting decides at the end of probation (step 23), which the superior then approves (step 24).</summary>
public enum ProbationOutcome
{
    /// <summary>按期转正</summary>
    Confirm,

    /// <summary>延长预备期 (6–12 months, M18)</summary>
    Extend,

    /// <summary>取消预备党员资格</summary>
    Cancel,
}
