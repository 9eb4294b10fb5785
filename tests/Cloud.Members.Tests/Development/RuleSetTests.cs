using Cloud.Members.Domain.Development;

namespace Cloud.Members.Tests.Development;

/// <summary>A case follows the rule set in force on the day it applied: the 2014 细则 from 2014-06-11, the 1990 trial rules before.</summary>
public sealed class RuleSetTests
{
    [Fact]
    public void The_2014_rules_apply_to_applications_from_2014_06_11()
    {
        Assert.Same(DevelopmentRuleSets.Before2014, DevelopmentRuleSets.For(new DateOnly(2014, 6, 10)));
        Assert.Same(DevelopmentRuleSets.Rules2014, DevelopmentRuleSets.For(new DateOnly(2014, 6, 11)));
        Assert.Equal("1990", CaseBuilder.Open(new DateOnly(2014, 6, 10)).Case.RuleSetCode);
    }

    [Fact]
    public void A_2013_case_needs_no_filing_steps_and_no_minimum_training_while_a_2024_case_does()
    {
        var old = CaseBuilder.Open(new DateOnly(2013, 3, 1))
            .Through(DevelopmentStep.PoliticalReview, DevelopmentStep.ActivistFiling, DevelopmentStep.CandidateFiling);
        var recent = CaseBuilder.Open(new DateOnly(2024, 3, 1)).Through(DevelopmentStep.ActivistFiling - 1);

        var oldReview = old.Try(DevelopmentStep.BranchCommitteeReview, r => r);
        var recentMentors = recent.Try(DevelopmentStep.MentorAssignment, r => r);
        recent.Through(DevelopmentStep.PoliticalReview);
        var recentReview = recent.Try(DevelopmentStep.BranchCommitteeReview, r => r);

        Assert.Null(oldReview);
        Assert.Equal(new DevelopmentRefusal("M21", "发展程序不能跳步：须先完成第4步“入党积极分子报上级党委备案”"), recentMentors);
        Assert.Equal("M10", recentReview?.Rule);
        Assert.True(old.Progress(DevelopmentStep.CandidateTraining).IsOptional);
        Assert.False(recent.Progress(DevelopmentStep.CandidateTraining).IsOptional);
    }

    [Fact]
    public void A_2013_case_that_did_train_is_not_held_to_the_later_minimum()
    {
        var old = CaseBuilder.Open(new DateOnly(2013, 3, 1)).Through(DevelopmentStep.PoliticalReview);
        old.Try(DevelopmentStep.CandidateTraining, r => r with { TrainingDays = 1, ClassHours = 8 });

        Assert.Null(old.Try(DevelopmentStep.BranchCommitteeReview, r => r));
    }
}
