namespace Cloud.Members.Domain.Development;

/// <summary>The due dates of a case's steps, computed from the decisions recorded so far, never from the calendar alone.</summary>
public static class DevelopmentSchedule
{
    public static IReadOnlyList<StepProgress> Of(DevelopmentCase c) => [.. DevelopmentSteps.All.Select(step => Progress(c, step))];

    private static StepProgress Progress(DevelopmentCase c, DevelopmentStep step)
    {
        var decisions = c.Recorded(step).OrderBy(d => d.DecidedOn).ThenBy(d => d.RecordedAt).ToList();
        var optional = c.RuleSet.IsOptional(step);
        var result = new StepProgress(step, optional, decisions, null, null, null, null, false, false);
        return step switch
        {
            // M3: 细则第七条, talk with the applicant within one month of the letter.
            DevelopmentStep.ApplicantTalk => Deadline(c, result, c.ApplicationOn.AddMonths(1), "M3"),
            DevelopmentStep.ActivistReview => HalfYearReviews(c, result),
            // M7: 细则第十三条, at least one year of cultivation as an activist.
            DevelopmentStep.CandidateDecision when c.DateOf(DevelopmentStep.ActivistDecision) is { } activist => result with { EarliestOn = activist.AddYears(1), DeadlineRule = "M7" },
            // M12: 细则第十九条, the general meeting within one month of the pre-review.
            DevelopmentStep.AdmissionVote when c.DateOf(DevelopmentStep.PreReview) is { } preReview => Deadline(c, result, preReview.AddMonths(1), "M12"),
            // M15: 细则第二十五条, approval within three months of the vote, at most six.
            DevelopmentStep.CommitteeApproval when c.DateOf(DevelopmentStep.AdmissionVote) is { } vote => Deadline(c, result, vote.AddMonths(3), "M15") with { LimitOn = vote.AddMonths(6) },
            // M17: 党章第七条, one year of probation from the vote (plus an extension); the branch discusses it when it ends.
            DevelopmentStep.ConfirmationVote when c.ProbationEndsOn is { } end => Deadline(c, result, end, "M17") with { EarliestOn = end },
            // M19: 细则第三十三条, the superior approves a confirmation within three months.
            DevelopmentStep.ConfirmationApproval when c.DateOf(DevelopmentStep.ConfirmationVote) is { } vote => Deadline(c, result, vote.AddMonths(3), "M19"),
            _ => result,
        };
    }

    private static StepProgress Deadline(DevelopmentCase c, StepProgress step, DateOnly due, string rule) => step with
    {
        DueOn = due,
        DeadlineRule = rule,
        IsOpen = c.IsOpen && step.Decisions.Count == 0,
        IsLate = step.Decisions.Count > 0 && step.Decisions[0].DecidedOn > due,
    };

    // M6: 细则第十一条, the branch reviews each activist every six months until they become a candidate.
    private static StepProgress HalfYearReviews(DevelopmentCase c, StepProgress step)
    {
        if (c.DateOf(DevelopmentStep.ActivistDecision) is not { } previous)
        {
            return step;
        }

        var late = false;
        foreach (var review in step.Decisions)
        {
            late |= review.DecidedOn > previous.AddMonths(6);
            previous = review.DecidedOn;
        }

        return step with
        {
            DueOn = previous.AddMonths(6),
            DeadlineRule = "M6",
            IsOpen = c.Stage == DevelopmentStage.Activist,
            IsLate = late,
        };
    }

    private static DateOnly? DateOf(this DevelopmentCase c, DevelopmentStep step) => c.Latest(step)?.DecidedOn;
}
