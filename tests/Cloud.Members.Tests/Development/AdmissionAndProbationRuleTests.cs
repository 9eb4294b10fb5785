using Cloud.Members.Domain.Development;

namespace Cloud.Members.Tests.Development;

/// <summary>Rules of stages 4–5 (M12–M22), with dates one day either side of each limit. Application on 2021-03-01: pre-review 2022-08-11, vote 2022-09-01.</summary>
public sealed class AdmissionAndProbationRuleTests
{
    private static readonly DateOnly Applied = new(2021, 3, 1);

    [Fact]
    public void M12_the_general_meeting_votes_within_a_month_of_the_pre_review()
    {
        var builder = CaseBuilder.Open(Applied).Through(DevelopmentStep.AdmissionForm);
        var vote = builder.Progress(DevelopmentStep.AdmissionVote);

        Assert.Equal((new DateOnly(2022, 9, 11), "M12"), (vote.DueOn, vote.DeadlineRule));
        Assert.False(vote.IsOverdue(new DateOnly(2022, 9, 11)));
        Assert.True(vote.IsOverdue(new DateOnly(2022, 9, 12)));
        Assert.Null(builder.Try(DevelopmentStep.AdmissionVote, r => r with { DecidedOn = new DateOnly(2022, 9, 12) }));
        Assert.True(builder.Progress(DevelopmentStep.AdmissionVote).IsLate);
    }

    [Theory]
    [InlineData(DevelopmentStep.AdmissionVote, 10, false)]
    [InlineData(DevelopmentStep.AdmissionVote, 11, true)]
    [InlineData(DevelopmentStep.ConfirmationVote, 10, false)]
    [InlineData(DevelopmentStep.ConfirmationVote, 11, true)]
    public void M13_a_resolution_needs_more_than_half_of_the_members_with_a_vote(DevelopmentStep step, int votesFor, bool accepted)
    {
        var builder = CaseBuilder.Open(Applied).Through(step - 1);

        var refusal = builder.Try(step, r => r with { EligibleVoters = 20, VotesFor = votesFor, VotesAgainst = 20 - votesFor });

        Assert.Equal(accepted ? null : new DevelopmentRefusal("M13", "赞成人数未超过应到会有表决权正式党员的半数，决议不能通过"), refusal);
    }

    [Fact]
    public void M14_the_superior_talks_with_the_candidate_before_approving()
    {
        var builder = CaseBuilder.Open(Applied).Through(DevelopmentStep.AdmissionVote);

        var refusal = builder.Try(DevelopmentStep.CommitteeApproval, r => r);

        Assert.Equal(new DevelopmentRefusal("M14", "审批前须由上级党委派委员或组织员同发展对象谈话"), refusal);
    }

    [Fact]
    public void M15_approval_is_due_three_months_after_the_vote_and_refused_after_six()
    {
        var builder = CaseBuilder.Open(Applied).Through(DevelopmentStep.SuperiorTalk);
        var approval = builder.Progress(DevelopmentStep.CommitteeApproval);

        Assert.Equal((new DateOnly(2022, 12, 1), new DateOnly(2023, 3, 1), "M15"), (approval.DueOn, approval.LimitOn, approval.DeadlineRule));
        Assert.False(approval.IsOverdue(new DateOnly(2022, 12, 1)));
        Assert.True(approval.IsOverdue(new DateOnly(2022, 12, 2)));
        Assert.Equal(DevelopmentRefusal.OnDecisionDate("M15", "上级党委审批超过六个月期限"), builder.Try(DevelopmentStep.CommitteeApproval, new StepRecord(new DateOnly(2023, 3, 2))));
        Assert.Null(builder.Try(DevelopmentStep.CommitteeApproval, new StepRecord(new DateOnly(2023, 3, 1))));
        Assert.True(builder.Progress(DevelopmentStep.CommitteeApproval).IsLate);
        Assert.Equal((DevelopmentStage.Probationary, new DateOnly(2023, 9, 1)), (builder.Case.Stage, builder.Case.ProbationEndsOn));
    }

    [Fact]
    public void M17_probation_runs_a_year_from_the_vote_before_confirmation_is_discussed()
    {
        var builder = CaseBuilder.Open(Applied).Through(DevelopmentStep.ConfirmationApplication);
        var vote = builder.Progress(DevelopmentStep.ConfirmationVote);

        Assert.Equal((new DateOnly(2023, 9, 1), new DateOnly(2023, 9, 1), "M17"), (vote.EarliestOn, vote.DueOn, vote.DeadlineRule));
        Assert.True(vote.IsOverdue(new DateOnly(2023, 9, 2)));
        Assert.False(vote.IsOverdue(new DateOnly(2023, 9, 1)));
        Assert.Equal(DevelopmentRefusal.OnDecisionDate("M17", "预备期未满（2023-09-01期满），不能讨论转正"), builder.Try(DevelopmentStep.ConfirmationVote, r => r with { DecidedOn = new DateOnly(2023, 8, 31) }));
        Assert.Null(builder.Try(DevelopmentStep.ConfirmationVote, r => r with { DecidedOn = new DateOnly(2023, 9, 1) }));
    }

    [Fact]
    public void M17_a_cancellation_may_come_before_probation_ends()
    {
        var builder = CaseBuilder.Open(Applied).Through(DevelopmentStep.ConfirmationApplication);

        Assert.Null(builder.Try(DevelopmentStep.ConfirmationVote, r => r with { DecidedOn = new DateOnly(2023, 8, 25), Outcome = ProbationOutcome.Cancel }));
        Assert.Null(builder.Try(DevelopmentStep.ConfirmationApproval, r => r));

        Assert.Equal(DevelopmentStage.ProbationCancelled, builder.Case.Stage);
        Assert.Null(builder.Case.NextDueOn);
        Assert.Null(builder.Try(DevelopmentStep.Archive, r => r));
    }

    [Theory]
    [InlineData(5, false)]
    [InlineData(6, true)]
    [InlineData(12, true)]
    [InlineData(13, false)]
    public void M18_probation_is_extended_by_six_to_twelve_months(int months, bool accepted)
    {
        var builder = CaseBuilder.Open(Applied).Through(DevelopmentStep.ConfirmationApplication);

        var refusal = builder.Try(DevelopmentStep.ConfirmationVote, r => r with { Outcome = ProbationOutcome.Extend, ExtensionMonths = months });

        Assert.Equal(accepted ? null : new DevelopmentRefusal("M18", "延长预备期不能少于半年，最长不超过一年"), refusal);
    }

    [Fact]
    public void M18_an_extended_probation_ends_later_is_discussed_again_and_is_extended_only_once()
    {
        var builder = CaseBuilder.Open(Applied).Through(DevelopmentStep.ConfirmationApplication);
        builder.Try(DevelopmentStep.ConfirmationVote, r => r with { Outcome = ProbationOutcome.Extend, ExtensionMonths = 6 });
        builder.Try(DevelopmentStep.ConfirmationApproval, r => r);

        Assert.Equal((DevelopmentStage.ProbationExtended, new DateOnly(2024, 3, 1), 1), (builder.Case.Stage, builder.Case.ProbationEndsOn, builder.Case.ProbationRound));
        Assert.Null(builder.Try(DevelopmentStep.ConfirmationApplication, new StepRecord(new DateOnly(2024, 2, 20))));
        Assert.Equal(DevelopmentRefusal.OnDecisionDate("M17", "预备期未满（2024-03-01期满），不能讨论转正"), builder.Try(DevelopmentStep.ConfirmationVote, r => r with { DecidedOn = new DateOnly(2024, 2, 29) }));
        Assert.Equal(new DevelopmentRefusal("M18", "预备期只能延长一次"), builder.Try(DevelopmentStep.ConfirmationVote, r => r with { DecidedOn = new DateOnly(2024, 3, 1), Outcome = ProbationOutcome.Extend, ExtensionMonths = 6 }));
        Assert.Null(builder.Try(DevelopmentStep.ConfirmationVote, r => r with { DecidedOn = new DateOnly(2024, 3, 1) }));
        Assert.Null(builder.Try(DevelopmentStep.ConfirmationApproval, new StepRecord(new DateOnly(2024, 4, 1))));
        Assert.Equal((DevelopmentStage.Full, new DateOnly(2024, 3, 1)), (builder.Case.Stage, builder.Case.ConfirmedOn));
    }

    [Fact]
    public void M19_confirmation_approval_is_due_three_months_after_the_vote()
    {
        var builder = CaseBuilder.Open(Applied).Through(DevelopmentStep.ConfirmationVote);
        var approval = builder.Progress(DevelopmentStep.ConfirmationApproval);

        Assert.Equal((new DateOnly(2023, 12, 1), "M19"), (approval.DueOn, approval.DeadlineRule));
        Assert.False(approval.IsOverdue(new DateOnly(2023, 12, 1)));
        Assert.True(approval.IsOverdue(new DateOnly(2023, 12, 2)));
        Assert.Equal(new DateOnly(2023, 12, 1), builder.Case.NextDueOn);
    }

    [Fact]
    public void M20_party_standing_counts_from_the_end_of_probation_not_from_the_approval()
    {
        var builder = CaseBuilder.Open(Applied).Through(DevelopmentStep.Archive);

        Assert.Equal((DevelopmentStage.Full, new DateOnly(2023, 9, 1), new DateOnly(2023, 10, 1)), (builder.Case.Stage, builder.Case.ConfirmedOn, builder.Case.StageSince));
        Assert.Equal(new DateOnly(2023, 11, 1), builder.Case.ArchivedOn);
        Assert.Equal("已转为正式党员，发展程序已完成", builder.Try(DevelopmentStep.ProbationReview, r => r)?.Message);
    }

    [Theory]
    [InlineData(1997, RecommendationMethod.MemberRecommendation, true)] // 24 at application
    [InlineData(1997, RecommendationMethod.LeagueRecommendation, false)]
    [InlineData(1993, RecommendationMethod.MemberRecommendation, true)] // 28 at application: still expected
    [InlineData(1992, RecommendationMethod.MemberRecommendation, false)] // 29
    public void M22_young_applicants_are_expected_through_the_leagues_recommendation(int birthYear, RecommendationMethod method, bool advised)
    {
        var builder = CaseBuilder.Open(Applied, new DateOnly(birthYear, 3, 1), isLeagueMember: true).Through(DevelopmentStep.ApplicantTalk);
        builder.Try(DevelopmentStep.ActivistDecision, r => r with { RecommendationMethod = method });

        var advisory = LeagueRecommendationAdvisory.For(builder.Case, DevelopmentSettings.Defaults());

        Assert.Equal(advised, advisory is not null);
    }

    [Fact]
    public void The_applicants_pool_on_a_day_counts_each_case_at_the_stage_it_had_then()
    {
        var builder = CaseBuilder.Open(Applied).Through(DevelopmentStep.Archive);

        Assert.Null(builder.Case.StageOn(new DateOnly(2021, 2, 28)));
        Assert.Equal(DevelopmentStage.Applicant, builder.Case.StageOn(new DateOnly(2021, 4, 30)));
        Assert.Equal(DevelopmentStage.Activist, builder.Case.StageOn(new DateOnly(2021, 5, 1)));
        Assert.Equal(DevelopmentStage.Candidate, builder.Case.StageOn(new DateOnly(2022, 9, 30)));
        Assert.Equal(DevelopmentStage.Probationary, builder.Case.StageOn(new DateOnly(2022, 10, 1)));
        Assert.Equal(DevelopmentStage.Full, builder.Case.StageOn(new DateOnly(2023, 10, 1)));
    }
}
