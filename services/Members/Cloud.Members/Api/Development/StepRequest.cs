using Cloud.Members.Domain.Development;
using Cloud.ServiceDefaults.Problems;

namespace Cloud.Members.Api.Development;

/// <summary>
/// A decision to record as a step: the day, the deciding body and document number, plus what the step needs —
/// <c>memberIds</c> (mentors, sponsors), <c>recommendationMethod</c>, <c>politicalReviewResult</c>, training days or
/// class-hours, the public notice's dates, the votes, and at the end of probation the <c>outcome</c> and extension.
/// </summary>
public sealed record StepRequest(
    DateOnly? DecidedOn,
    string? DecidingBody = null,
    string? DocumentNumber = null,
    string? Note = null,
    Guid[]? MemberIds = null,
    string? RecommendationMethod = null,
    string? PoliticalReviewResult = null,
    decimal? TrainingDays = null,
    decimal? ClassHours = null,
    DateOnly? PublicNoticeFrom = null,
    DateOnly? PublicNoticeTo = null,
    int? EligibleVoters = null,
    int? VotesFor = null,
    int? VotesAgainst = null,
    string? Outcome = null,
    int? ExtensionMonths = null)
{
    public Validation Validate(DevelopmentStep step, DateOnly today, out StepRecord record)
    {
        var validation = new Validation()
            .Optional("decidingBody", DecidingBody, "决定机关", 100)
            .Optional("documentNumber", DocumentNumber, "文号", 50)
            .Optional("note", Note, "备注", 500);
        StepFields.Day(validation, "decidedOn", DecidedOn, "决定日期", today);
        RecommendationMethod? method = null;
        PoliticalReviewResult? review = null;
        ProbationOutcome? outcome = null;
        switch (step)
        {
            case DevelopmentStep.ActivistDecision:
                method = StepFields.Enum<RecommendationMethod>(validation, "recommendationMethod", RecommendationMethod, "推荐方式");
                break;
            case DevelopmentStep.MentorAssignment or DevelopmentStep.SponsorAssignment when MemberIds is not { Length: > 0 }:
                validation.Add("memberIds", step == DevelopmentStep.MentorAssignment ? "须指定培养联系人" : "须确定入党介绍人");
                break;
            case DevelopmentStep.PoliticalReview:
                review = StepFields.Enum<PoliticalReviewResult>(validation, "politicalReviewResult", PoliticalReviewResult, "政审结论");
                break;
            case DevelopmentStep.CandidateTraining when TrainingDays is null && ClassHours is null:
                validation.Add("trainingDays", "须填写培训天数或学时");
                break;
            case DevelopmentStep.CandidateTraining when TrainingDays < 0 || ClassHours < 0:
                validation.Add("trainingDays", "培训天数和学时不能为负数");
                break;
            case DevelopmentStep.BranchCommitteeReview when PublicNoticeFrom > PublicNoticeTo:
                validation.Add("publicNoticeTo", "公示结束日期不能早于开始日期");
                break;
            case DevelopmentStep.AdmissionVote:
                ValidateVotes(validation);
                break;
            case DevelopmentStep.ConfirmationVote:
                ValidateVotes(validation);
                outcome = StepFields.Enum<ProbationOutcome>(validation, "outcome", Outcome, "讨论结果");
                break;
            case DevelopmentStep.ConfirmationApproval when Outcome is not null:
                outcome = StepFields.Enum<ProbationOutcome>(validation, "outcome", Outcome, "审批结果");
                break;
        }

        record = new StepRecord(
            DecidedOn ?? default, Blank(DecidingBody), Blank(DocumentNumber), Blank(Note), MemberIds, method, review, TrainingDays, ClassHours,
            PublicNoticeFrom, PublicNoticeTo, EligibleVoters, VotesFor, VotesAgainst, outcome, ExtensionMonths);
        return validation;
    }

    private void ValidateVotes(Validation validation)
    {
        if (EligibleVoters is not > 0)
        {
            validation.Add("eligibleVoters", "须填写应到会有表决权的正式党员人数");
        }

        if (VotesFor is not >= 0)
        {
            validation.Add("votesFor", "须填写赞成票数");
        }

        if (VotesAgainst < 0 || VotesFor + (VotesAgainst ?? 0) > EligibleVoters)
        {
            validation.Add("votesAgainst", "赞成与反对票数之和不能超过有表决权的党员人数");
        }
    }

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
