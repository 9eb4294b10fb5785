namespace Cloud.Members.Domain.Members;

/// <summary>What a recorded decision on a member's membership did.</summary>
public enum MembershipDecisionKind
{
    /// <summary>转正.</summary>
    Confirmation,

    /// <summary>取消预备党员资格: the superior did not confirm a probationary member (M19).</summary>
    ProbationCancelled,
    Deceased,
    Expelled,
    Withdrawn,

    /// <summary>除名 (incl. 自行脱党), decided by the branch.</summary>
    Removed,

    /// <summary>停止党籍 after 6 months out of contact (M24).</summary>
    MembershipSuspension,

    /// <summary>恢复党籍, or contact regained before suspension.</summary>
    MembershipRestoration,

    /// <summary>限期改正 ordered (M27).</summary>
    CorrectionOrdered,

    /// <summary>限期改正 ended with the member back to normal.</summary>
    CorrectionCompleted,

    /// <summary>党纪处分.</summary>
    Sanctioned,

    /// <summary>Vote suspended while the member is held (M35).</summary>
    VotingRightsSuspended,

    /// <summary>Vote restored after the member was released.</summary>
    VotingRightsRestored,
}
