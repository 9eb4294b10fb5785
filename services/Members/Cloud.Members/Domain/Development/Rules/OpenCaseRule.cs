namespace Cloud.Members.Domain.Development.Rules;

/// <summary>M21: each step once (reviews and courses repeat until the next stage), none after a case has ended, archiving only at the end.</summary>
public sealed class OpenCaseRule : IDevelopmentRule
{
    public DevelopmentRefusal? Check(StepContext context)
    {
        var (c, step) = (context.Case, context.Step);
        if (step == DevelopmentStep.Archive)
        {
            return c.Stage is DevelopmentStage.Full or DevelopmentStage.ProbationCancelled && !c.Recorded(step).Any()
                ? null
                : Refuse(c.ArchivedOn is null ? "转正或取消预备党员资格后才能归档" : "材料已归档");
        }

        if (!c.IsOpen)
        {
            return Refuse(c.Stage switch
            {
                DevelopmentStage.Full => "已转为正式党员，发展程序已完成",
                DevelopmentStage.ProbationCancelled => "预备党员资格已取消，不能再记录发展步骤",
                _ => "发展档案已终止，不能再记录发展步骤",
            });
        }

        if (!step.IsRepeatable() && c.Recorded(step).Any())
        {
            return Refuse($"{step.Label()}已记录");
        }

        return step.ClosedBy() is { } closedBy && c.Recorded(closedBy).Any()
            ? Refuse($"{step.Label()}已结束（已进行{closedBy.Label()}）")
            : null;
    }

    private static DevelopmentRefusal Refuse(string message) => new("M21", message);
}
