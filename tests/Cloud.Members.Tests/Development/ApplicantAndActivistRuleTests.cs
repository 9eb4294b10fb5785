using Cloud.Members.Domain.Development;

namespace Cloud.Members.Tests.Development;

/// <summary>Rules of stages 1–3 (M1–M11, M21), each with dates one day either side of its limit. Application on 2021-03-01 (2014 rules).</summary>
public sealed class ApplicantAndActivistRuleTests
{
    private static readonly DateOnly Applied = new(2021, 3, 1);

    [Fact]
    public void M1_applicant_must_be_18_on_the_day_of_application()
    {
        var tooYoung = CaseBuilder.TryOpen(Applied, new DateOnly(2003, 3, 2), out var refused);
        var justEighteen = CaseBuilder.TryOpen(Applied, new DateOnly(2003, 3, 1), out var opened);

        Assert.Equal(DevelopmentRefusal.OnDecisionDate("M1", "申请人未满18周岁"), tooYoung);
        Assert.Null(refused);
        Assert.Null(justEighteen);
        Assert.Equal((DevelopmentStage.Applicant, "2014"), (opened!.Stage, opened.RuleSetCode));
    }

    [Fact]
    public void M3_talk_with_the_applicant_is_due_within_a_month_and_overdue_the_day_after()
    {
        var builder = CaseBuilder.Open(Applied);
        var talk = builder.Progress(DevelopmentStep.ApplicantTalk);

        Assert.Equal((new DateOnly(2021, 4, 1), "M3"), (talk.DueOn, talk.DeadlineRule));
        Assert.False(talk.IsOverdue(new DateOnly(2021, 4, 1)));
        Assert.True(talk.IsOverdue(new DateOnly(2021, 4, 2)));
        Assert.Equal(new DateOnly(2021, 4, 1), builder.Case.NextDueOn);

        Assert.Null(builder.Try(DevelopmentStep.ApplicantTalk, new StepRecord(new DateOnly(2021, 4, 2))));
        var late = builder.Progress(DevelopmentStep.ApplicantTalk);
        Assert.True(late.IsLate);
        Assert.False(late.IsOverdue(new DateOnly(2022, 1, 1)));
    }

    [Theory]
    [InlineData(0, 0, false)]
    [InlineData(1, 0, true)]
    [InlineData(2, 0, true)]
    [InlineData(2, 1, false)] // three mentors
    [InlineData(0, 1, false)] // a probationary member may not mentor
    public void M5_an_activist_has_one_or_two_full_member_mentors(int fullMembers, int probationary, bool accepted)
    {
        var builder = CaseBuilder.Open(Applied).Through(DevelopmentStep.ActivistFiling);
        Guid[] ids = [.. new[] { CaseBuilder.FirstMember, CaseBuilder.SecondMember }.Take(fullMembers), .. Enumerable.Repeat(CaseBuilder.ProbationaryMember, probationary)];

        var refusal = builder.Try(DevelopmentStep.MentorAssignment, r => r with { MemberIds = ids });

        Assert.Equal(accepted ? null : new DevelopmentRefusal("M5", "培养联系人须为1至2名正式党员"), refusal);
    }

    [Fact]
    public void M6_activists_are_reviewed_every_six_months_with_the_next_review_due_from_the_last()
    {
        var builder = CaseBuilder.Open(Applied).Through(DevelopmentStep.MentorAssignment); // activist since 2021-05-01
        var first = builder.Progress(DevelopmentStep.ActivistReview);

        Assert.Equal((new DateOnly(2021, 11, 1), "M6"), (first.DueOn, first.DeadlineRule));
        Assert.False(first.IsOverdue(new DateOnly(2021, 11, 1)));
        Assert.True(first.IsOverdue(new DateOnly(2021, 11, 2)));

        Assert.Null(builder.Try(DevelopmentStep.ActivistReview, new StepRecord(new DateOnly(2021, 11, 2))));
        var second = builder.Progress(DevelopmentStep.ActivistReview);
        Assert.True(second.IsLate);
        Assert.Equal(new DateOnly(2022, 5, 2), second.DueOn);
        Assert.True(second.IsOverdue(new DateOnly(2022, 5, 3)));
    }

    [Fact]
    public void M7_an_activist_becomes_a_candidate_only_after_a_full_year()
    {
        var builder = CaseBuilder.Open(Applied).Through(DevelopmentStep.ActivistReview); // activist since 2021-05-01

        var dayBefore = builder.Try(DevelopmentStep.CandidateDecision, new StepRecord(new DateOnly(2022, 4, 30)));
        var yearFull = builder.Try(DevelopmentStep.CandidateDecision, new StepRecord(new DateOnly(2022, 5, 1)));

        Assert.Equal(DevelopmentRefusal.OnDecisionDate("M7", "积极分子培养期不满一年"), dayBefore);
        Assert.Null(yearFull);
        Assert.Equal((DevelopmentStage.Candidate, new DateOnly(2022, 5, 1)), (builder.Case.Stage, builder.Case.StageSince));
        Assert.Equal(new DateOnly(2022, 5, 1), builder.Progress(DevelopmentStep.CandidateDecision).EarliestOn);
    }

    [Theory]
    [InlineData(2, 0, true)]
    [InlineData(1, 0, false)]
    [InlineData(2, 1, false)]
    [InlineData(1, 1, false)]
    public void M8_a_candidate_has_exactly_two_full_member_sponsors(int fullMembers, int probationary, bool accepted)
    {
        var builder = CaseBuilder.Open(Applied).Through(DevelopmentStep.CandidateFiling);
        Guid[] ids = [.. new[] { CaseBuilder.FirstMember, CaseBuilder.SecondMember }.Take(fullMembers), .. Enumerable.Repeat(CaseBuilder.ProbationaryMember, probationary)];

        var refusal = builder.Try(DevelopmentStep.SponsorAssignment, r => r with { MemberIds = ids });

        Assert.Equal(accepted ? null : new DevelopmentRefusal("M8", "入党介绍人须为两名正式党员"), refusal);
    }

    [Fact]
    public void M9_no_admission_without_a_passed_political_review()
    {
        var builder = CaseBuilder.Open(Applied).Through(DevelopmentStep.CandidateTraining, DevelopmentStep.PoliticalReview);

        var withoutReview = builder.Try(DevelopmentStep.BranchCommitteeReview, r => r);
        builder.Try(DevelopmentStep.PoliticalReview, r => r with { PoliticalReviewResult = PoliticalReviewResult.NotPassed });
        var failedReview = builder.Try(DevelopmentStep.BranchCommitteeReview, r => r);

        Assert.Equal(new DevelopmentRefusal("M9", "未经政治审查不能发展"), withoutReview);
        Assert.Equal(new DevelopmentRefusal("M9", "政治审查不合格，不能发展"), failedReview);
    }

    [Theory]
    [InlineData(2.9, 23.9, false)]
    [InlineData(3, 0, true)]
    [InlineData(0, 24, true)]
    public void M10_candidates_train_at_least_three_days_or_24_class_hours(double days, double hours, bool accepted)
    {
        var builder = CaseBuilder.Open(Applied).Through(DevelopmentStep.CandidateTraining, DevelopmentStep.CandidateTraining);
        Assert.Null(builder.Try(DevelopmentStep.CandidateTraining, r => r with { TrainingDays = (decimal)days, ClassHours = (decimal)hours }));

        var refusal = builder.Try(DevelopmentStep.BranchCommitteeReview, r => r);

        Assert.Equal(accepted ? null : new DevelopmentRefusal("M10", "未完成发展对象短期集中培训（不少于3天或24学时）"), refusal);
    }

    [Theory]
    [InlineData("2022-07-26", "2022-07-29", 5, "发展对象公示不足5个工作日")] // Tue–Fri: 4 working days
    [InlineData("2022-07-25", "2022-07-29", 5, null)] // Mon–Fri: 5
    [InlineData("2022-07-25", "2022-07-29", 7, "发展对象公示不足7个工作日")] // a county asking for 7
    [InlineData("2022-07-25", "2022-08-02", 5, "公示期未满，不能进行支部委员会审查")] // still running on 2022-08-01
    [InlineData(null, null, 0, null)] // a county that requires none
    [InlineData(null, null, 5, "发展对象须经公示（不少于5个工作日）")]
    public void M11_the_public_notice_lasts_the_countys_working_days_before_the_committee_review(string? from, string? to, int days, string? refusal)
    {
        var builder = CaseBuilder.Open(Applied).Through(DevelopmentStep.CandidateTraining); // review on 2022-08-01, a Monday
        builder.Settings = Domain.Development.DevelopmentSettings.Create(days, 28, DateTimeOffset.UnixEpoch);

        var result = builder.Try(DevelopmentStep.BranchCommitteeReview, r => r with
        {
            PublicNoticeFrom = from is null ? null : DateOnly.Parse(from, System.Globalization.CultureInfo.InvariantCulture),
            PublicNoticeTo = to is null ? null : DateOnly.Parse(to, System.Globalization.CultureInfo.InvariantCulture),
        });

        Assert.Equal(refusal, result?.Message);
        Assert.Equal(refusal is null ? null : "M11", result?.Rule);
    }

    [Fact]
    public void M21_steps_go_in_order_once_each_and_not_before_the_step_they_follow()
    {
        var builder = CaseBuilder.Open(Applied);

        var skipped = builder.Try(DevelopmentStep.ActivistDecision, r => r);
        var earlier = builder.Try(DevelopmentStep.ApplicantTalk, new StepRecord(Applied.AddDays(-1)));
        builder.Through(DevelopmentStep.ApplicantTalk);
        var twice = builder.Try(DevelopmentStep.ApplicantTalk, r => r);
        var archived = builder.Try(DevelopmentStep.Archive, r => r);

        Assert.Equal(new DevelopmentRefusal("M21", "发展程序不能跳步：须先完成第2步“党组织派人谈话”"), skipped);
        Assert.Equal(DevelopmentRefusal.OnDecisionDate("M21", "日期不能早于第1步“递交入党申请书”（2021-03-01）"), earlier);
        Assert.Equal(new DevelopmentRefusal("M21", "第2步“党组织派人谈话”已记录"), twice);
        Assert.Equal("M21", archived?.Rule);
    }

    [Fact]
    public void A_withdrawn_case_takes_no_more_steps_and_a_probationary_one_cannot_withdraw()
    {
        var withdrawn = CaseBuilder.Open(Applied).Through(DevelopmentStep.ActivistDecision);
        var admitted = CaseBuilder.Open(Applied).Through(DevelopmentStep.CommitteeApproval);

        Assert.Null(withdrawn.Case.Close(DevelopmentStage.Withdrawn, new StepRecord(new DateOnly(2021, 6, 1)), DateTimeOffset.UnixEpoch));
        var after = withdrawn.Try(DevelopmentStep.ActivistFiling, r => r);
        var tooLate = admitted.Case.Close(DevelopmentStage.NotAdopted, new StepRecord(new DateOnly(2022, 12, 1)), DateTimeOffset.UnixEpoch);

        Assert.Equal((DevelopmentStage.Withdrawn, new DateOnly(2021, 6, 1), (DateOnly?)null), (withdrawn.Case.Stage, withdrawn.Case.StageSince, withdrawn.Case.NextDueOn));
        Assert.Equal(new DevelopmentRefusal("M21", "发展档案已终止，不能再记录发展步骤"), after);
        Assert.Equal("M21", tooLate?.Rule);
    }
}
