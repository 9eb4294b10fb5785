namespace Cloud.Members.Domain.Development.Rules;

/// <summary>M9: 细则第十五、十六条 — no one is admitted without a political review, nor with one that did not pass.</summary>
public sealed class PoliticalReviewRule : IDevelopmentRule
{
    public DevelopmentRefusal? Check(StepContext context)
    {
        if (!AdmissionSteps.Contains(context.Step))
        {
            return null;
        }

        return context.Case.Latest(DevelopmentStep.PoliticalReview)?.PoliticalReviewResult switch
        {
            null => new DevelopmentRefusal("M9", "未经政治审查不能发展"),
            PoliticalReviewResult.NotPassed => new DevelopmentRefusal("M9", "政治审查不合格，不能发展"),
            _ => null,
        };
    }
}
