namespace Cloud.Members.Domain.Development.Rules;

/// <summary>The steps of stage 4 up to the approval, where a candidate is actually being admitted.</summary>
public static class AdmissionSteps
{
    public static bool Contains(DevelopmentStep step) => step is >= DevelopmentStep.BranchCommitteeReview and <= DevelopmentStep.CommitteeApproval;
}
