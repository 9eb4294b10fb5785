namespace Cloud.Members.Domain.SideStates;

/// <summary>Reviews the branch owes; flags only, the branch records the decision.</summary>
public enum DueFlagKind
{
    /// <summary>Out of contact 6 months or more without a decision (M24).</summary>
    SuspensionReviewDue,

    /// <summary>Suspended 2 years or more without a decision (M24).</summary>
    RemovalReviewDue,

    /// <summary>A correction period ended without an outcome (M27).</summary>
    CorrectionPeriodEnded,

    /// <summary>Probation's year is over without confirmation (M17).</summary>
    ProbationEnded,
}
