namespace Cloud.Members.Domain.Development.Rules;

/// <summary>M10: 细则第十七条 — no admission without the candidates' short concentrated training (≥3 days or ≥24 class-hours since 2014).</summary>
public sealed class CandidateTrainingRule : IDevelopmentRule
{
    public DevelopmentRefusal? Check(StepContext context)
    {
        if (!AdmissionSteps.Contains(context.Step) || context.RuleSet.TrainingMinimum is not { } minimum)
        {
            return null;
        }

        return context.Case.Recorded(DevelopmentStep.CandidateTraining).Any(t => minimum.IsMetBy(t.TrainingDays, t.ClassHours))
            ? null
            : new DevelopmentRefusal("M10", $"未完成发展对象短期集中培训（不少于{minimum.Days:0.#}天或{minimum.ClassHours:0.#}学时）");
    }
}
