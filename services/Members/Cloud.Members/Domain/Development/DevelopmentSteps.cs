namespace Cloud.Members.Domain.Development;

/// <summary>What each of the 25 steps is called, which stage it belongs to, and which steps must come before it (M21).</summary>
public static class DevelopmentSteps
{
    private static readonly Dictionary<DevelopmentStep, string> Names = new()
    {
        [DevelopmentStep.SubmitApplication] = "递交入党申请书",
        [DevelopmentStep.ApplicantTalk] = "党组织派人谈话",
        [DevelopmentStep.ActivistDecision] = "确定入党积极分子",
        [DevelopmentStep.ActivistFiling] = "入党积极分子报上级党委备案",
        [DevelopmentStep.MentorAssignment] = "指定培养联系人",
        [DevelopmentStep.ActivistReview] = "培养教育考察",
        [DevelopmentStep.CandidateDecision] = "确定发展对象",
        [DevelopmentStep.CandidateFiling] = "发展对象报上级党委备案",
        [DevelopmentStep.SponsorAssignment] = "确定入党介绍人",
        [DevelopmentStep.PoliticalReview] = "政治审查",
        [DevelopmentStep.CandidateTraining] = "短期集中培训",
        [DevelopmentStep.BranchCommitteeReview] = "支部委员会审查",
        [DevelopmentStep.PreReview] = "上级党委预审",
        [DevelopmentStep.AdmissionForm] = "填写入党志愿书",
        [DevelopmentStep.AdmissionVote] = "支部大会讨论接收",
        [DevelopmentStep.SuperiorTalk] = "上级党委派人谈话",
        [DevelopmentStep.CommitteeApproval] = "上级党委审批",
        [DevelopmentStep.FilingWithOrgDepartment] = "再上一级党委组织部门备案",
        [DevelopmentStep.BranchAndGroupAssignment] = "编入党支部和党小组",
        [DevelopmentStep.OathCeremony] = "入党宣誓",
        [DevelopmentStep.ProbationReview] = "继续教育考察",
        [DevelopmentStep.ConfirmationApplication] = "提出转正申请",
        [DevelopmentStep.ConfirmationVote] = "支部大会讨论转正",
        [DevelopmentStep.ConfirmationApproval] = "上级党委审批转正",
        [DevelopmentStep.Archive] = "材料归档",
    };

    // Sponsors, political review and training run side by side once the candidate is filed; everything else is a line.
    private static readonly Dictionary<DevelopmentStep, DevelopmentStep[]> Before = new()
    {
        [DevelopmentStep.SponsorAssignment] = [DevelopmentStep.CandidateFiling],
        [DevelopmentStep.PoliticalReview] = [DevelopmentStep.CandidateFiling],
        [DevelopmentStep.CandidateTraining] = [DevelopmentStep.CandidateFiling],
        [DevelopmentStep.BranchCommitteeReview] = [DevelopmentStep.SponsorAssignment, DevelopmentStep.PoliticalReview, DevelopmentStep.CandidateTraining],
    };

    public static IReadOnlyList<DevelopmentStep> All { get; } = Enum.GetValues<DevelopmentStep>();

    public static int Number(this DevelopmentStep step) => (int)step;

    public static string ChineseName(this DevelopmentStep step) => Names[step];

    /// <summary>"第7步“确定发展对象”", as refusals name a step.</summary>
    public static string Label(this DevelopmentStep step) => $"第{(int)step}步“{Names[step]}”";

    /// <summary>The steps that must be recorded first (before optional steps are skipped).</summary>
    public static IReadOnlyList<DevelopmentStep> Prerequisites(this DevelopmentStep step) =>
        Before.TryGetValue(step, out var before) ? before
        : step == DevelopmentStep.SubmitApplication ? []
        : [(DevelopmentStep)((int)step - 1)];

    /// <summary>Steps taken more than once: half-year reviews, training courses, probation reviews.</summary>
    public static bool IsRepeatable(this DevelopmentStep step) =>
        step is DevelopmentStep.ActivistReview or DevelopmentStep.CandidateTraining or DevelopmentStep.ProbationReview;

    /// <summary>The step after which a repeatable step is no longer taken.</summary>
    public static DevelopmentStep? ClosedBy(this DevelopmentStep step) => step switch
    {
        DevelopmentStep.ActivistReview => DevelopmentStep.CandidateDecision,
        DevelopmentStep.CandidateTraining => DevelopmentStep.BranchCommitteeReview,
        DevelopmentStep.ProbationReview => DevelopmentStep.ConfirmationApplication,
        _ => null,
    };

    /// <summary>Steps 22–24 are taken again after an extension of probation (each round once).</summary>
    public static bool IsPerProbationRound(this DevelopmentStep step) =>
        step is DevelopmentStep.ConfirmationApplication or DevelopmentStep.ConfirmationVote or DevelopmentStep.ConfirmationApproval;

    /// <summary>Which of the five stages of §3.2 the step belongs to (1 申请入党 … 5 预备期教育考察与转正).</summary>
    public static int Phase(this DevelopmentStep step) => (int)step switch
    {
        <= 2 => 1,
        <= 6 => 2,
        <= 11 => 3,
        <= 18 => 4,
        _ => 5,
    };
}
