using Cloud.Members.Domain.Development.Rules;

namespace Cloud.Members.Domain.Development;

/// <summary>The rule sets by effective date; a case follows the set in force on the day it applied.</summary>
public static class DevelopmentRuleSets
{
    /// <summary>The 2014 rules: 中共中央办公厅《中国共产党发展党员工作细则》, issued and in force from 2014-06-11 (domain.md M1–M23).</summary>
    public static readonly DevelopmentRuleSet Rules2014 = new(
        "2014",
        "中国共产党发展党员工作细则（2014）",
        new DateOnly(2014, 6, 11),
        new TrainingMinimum(3, 24), // M10: 细则第十七条, ≥3 days or ≥24 class-hours
        new HashSet<DevelopmentStep>(),
        Rules());

    /// <summary>
    /// Before 2014-06-11 cases followed 《中国共产党发展党员工作细则（试行）》 (1990). What we model as different, and why:
    /// it set no length for candidate training (the 3 days / 24 class-hours minimum is new in 2014, 第十七条), so training
    /// is recorded when it happened but not required; and filing activists and candidates with the superior committee
    /// (细则 2014 第十条、第十三条) was not a written step, so steps 4 and 8 may be skipped. Everything else — age,
    /// one year of cultivation, two full-member sponsors, political review, the majority vote, the approval and probation
    /// periods — comes from the Party Constitution or was the same practice then, and is checked the same way.
    /// (Memory-level reading of the 1990 text; verify before relying on further differences.)
    /// </summary>
    public static readonly DevelopmentRuleSet Before2014 = new(
        "1990",
        "中国共产党发展党员工作细则（试行）（1990）",
        DateOnly.MinValue,
        null,
        new HashSet<DevelopmentStep> { DevelopmentStep.ActivistFiling, DevelopmentStep.CandidateFiling, DevelopmentStep.CandidateTraining },
        Rules());

    public static IReadOnlyList<DevelopmentRuleSet> All { get; } = [Rules2014, Before2014];

    /// <summary>The set in force on the day of application.</summary>
    public static DevelopmentRuleSet For(DateOnly applicationOn) => All.Where(s => s.EffectiveFrom <= applicationOn).MaxBy(s => s.EffectiveFrom)!;

    public static DevelopmentRuleSet ByCode(string code) => All.Single(s => s.Code == code);

    // Named rules come before the generic order rule, so a missing review or training is refused by its own name.
    private static IDevelopmentRule[] Rules() =>
    [
        new OpenCaseRule(),
        new MinimumAgeRule(),
        new MentorsRule(),
        new CultivationPeriodRule(),
        new SponsorsRule(),
        new PoliticalReviewRule(),
        new CandidateTrainingRule(),
        new PublicNoticeRule(),
        new VoteMajorityRule(),
        new SuperiorTalkRule(),
        new ApprovalPeriodRule(),
        new ProbationPeriodRule(),
        new ProbationExtensionRule(),
        new StepOrderRule(),
    ];
}
