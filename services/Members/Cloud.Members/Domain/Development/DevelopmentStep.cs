namespace Cloud.Members.Domain.Development;

/// <summary>The 25 steps of admission (M21), numbered as the public flowcharts number them.</summary>
public enum DevelopmentStep
{
    /// <summary>(1) 递交入党申请书</summary>
    SubmitApplication = 1,

    /// <summary>(2) 党组织派人谈话 (within 1 month, M3)</summary>
    ApplicantTalk = 2,

    /// <summary>(3) 推荐和确定入党积极分子 (M4)</summary>
    ActivistDecision = 3,

    /// <summary>(4) 报上级党委备案 (M4)</summary>
    ActivistFiling = 4,

    /// <summary>(5) 指定培养联系人 (1–2 full members, M5)</summary>
    MentorAssignment = 5,

    /// <summary>(6) 培养教育考察 (reviewed every 6 months, M6)</summary>
    ActivistReview = 6,

    /// <summary>(7) 确定发展对象 (after ≥1 year, M7)</summary>
    CandidateDecision = 7,

    /// <summary>(8) 报上级党委备案 (M7)</summary>
    CandidateFiling = 8,

    /// <summary>(9) 确定入党介绍人 (2 full members, M8)</summary>
    SponsorAssignment = 9,

    /// <summary>(10) 进行政治审查 (M9)</summary>
    PoliticalReview = 10,

    /// <summary>(11) 开展集中培训 (M10)</summary>
    CandidateTraining = 11,

    /// <summary>(12) 支部委员会审查 (after the public notice, M11)</summary>
    BranchCommitteeReview = 12,

    /// <summary>(13) 上级党委预审</summary>
    PreReview = 13,

    /// <summary>(14) 填写入党志愿书</summary>
    AdmissionForm = 14,

    /// <summary>(15) 支部大会讨论接收 (within 1 month of the pre-review, M12; majority, M13)</summary>
    AdmissionVote = 15,

    /// <summary>(16) 上级党委派人谈话 (M14)</summary>
    SuperiorTalk = 16,

    /// <summary>(17) 上级党委审批 (3 months, at most 6, M15)</summary>
    CommitteeApproval = 17,

    /// <summary>(18) 再上一级党委组织部门备案</summary>
    FilingWithOrgDepartment = 18,

    /// <summary>(19) 编入党支部和党小组</summary>
    BranchAndGroupAssignment = 19,

    /// <summary>(20) 入党宣誓</summary>
    OathCeremony = 20,

    /// <summary>(21) 继续教育考察</summary>
    ProbationReview = 21,

    /// <summary>(22) 提出转正申请</summary>
    ConfirmationApplication = 22,

    /// <summary>(23) 支部大会讨论转正 (after 1 year of probation, M17; extension M18)</summary>
    ConfirmationVote = 23,

    /// <summary>(24) 上级党委审批 (within 3 months, M19)</summary>
    ConfirmationApproval = 24,

    /// <summary>(25) 材料归档</summary>
    Archive = 25,
}
