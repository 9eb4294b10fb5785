using Cloud.Members.Domain.Development;

namespace Cloud.Members.Tests.Development;

/// <summary>A case that keeps every rule, step by step from an application date: the dates and data each step is recorded with by default.</summary>
public static class DevelopmentTimeline
{
    public static DateOnly DateFor(DateOnly application, DevelopmentStep step) => step switch
    {
        DevelopmentStep.SubmitApplication => application,
        DevelopmentStep.ApplicantTalk => application.AddDays(20),
        DevelopmentStep.ActivistDecision => application.AddMonths(2),
        DevelopmentStep.ActivistFiling => application.AddMonths(2).AddDays(5),
        DevelopmentStep.MentorAssignment => application.AddMonths(2).AddDays(10),
        DevelopmentStep.ActivistReview => application.AddMonths(8),
        DevelopmentStep.CandidateDecision => application.AddMonths(15),
        DevelopmentStep.CandidateFiling => application.AddMonths(15).AddDays(5),
        DevelopmentStep.SponsorAssignment or DevelopmentStep.PoliticalReview or DevelopmentStep.CandidateTraining => application.AddMonths(16),
        DevelopmentStep.BranchCommitteeReview => application.AddMonths(17),
        DevelopmentStep.PreReview => application.AddMonths(17).AddDays(10),
        DevelopmentStep.AdmissionForm => application.AddMonths(17).AddDays(15),
        DevelopmentStep.AdmissionVote => application.AddMonths(18),
        DevelopmentStep.SuperiorTalk => application.AddMonths(18).AddDays(10),
        DevelopmentStep.CommitteeApproval => application.AddMonths(19),
        DevelopmentStep.FilingWithOrgDepartment => application.AddMonths(19).AddDays(10),
        DevelopmentStep.BranchAndGroupAssignment => application.AddMonths(19).AddDays(15),
        DevelopmentStep.OathCeremony => application.AddMonths(20),
        DevelopmentStep.ProbationReview => application.AddMonths(24),
        DevelopmentStep.ConfirmationApplication => application.AddMonths(30).AddDays(-10),
        DevelopmentStep.ConfirmationVote => application.AddMonths(30),
        DevelopmentStep.ConfirmationApproval => application.AddMonths(31),
        _ => application.AddMonths(32),
    };

    /// <summary>The step's decision with the data it needs; <paramref name="members"/> are two full members (mentors, sponsors).</summary>
    public static StepRecord RecordFor(DateOnly application, DevelopmentStep step, IReadOnlyList<Guid> members)
    {
        var on = DateFor(application, step);
        var record = new StepRecord(on, "东坡村党支部", $"东党发〔{on.Year}〕{(int)step}号");
        return step switch
        {
            DevelopmentStep.ActivistDecision => record with { RecommendationMethod = RecommendationMethod.MemberRecommendation },
            DevelopmentStep.MentorAssignment => record with { MemberIds = [members[0]] },
            DevelopmentStep.SponsorAssignment => record with { MemberIds = [.. members.Take(2)] },
            DevelopmentStep.PoliticalReview => record with { PoliticalReviewResult = PoliticalReviewResult.Passed },
            DevelopmentStep.CandidateTraining => record with { TrainingDays = 3, ClassHours = 24 },
            DevelopmentStep.BranchCommitteeReview => record with { PublicNoticeFrom = on.AddDays(-14), PublicNoticeTo = on.AddDays(-1) },
            DevelopmentStep.AdmissionVote => record with { EligibleVoters = 20, VotesFor = 18, VotesAgainst = 1 },
            DevelopmentStep.ConfirmationVote => record with { EligibleVoters = 20, VotesFor = 19, VotesAgainst = 0, Outcome = ProbationOutcome.Confirm },
            _ => record,
        };
    }
}
