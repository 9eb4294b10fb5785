namespace Cloud.Members.Domain.Development.Rules;

/// <summary>M21: the 25 steps go in order — each needs the steps before it (those the rule set makes optional may be skipped), and no earlier date than theirs.</summary>
public sealed class StepOrderRule : IDevelopmentRule
{
    public DevelopmentRefusal? Check(StepContext context)
    {
        var (c, step) = (context.Case, context.Step);
        foreach (var before in step.Prerequisites())
        {
            if (!c.IsSatisfied(before))
            {
                return new DevelopmentRefusal("M21", $"发展程序不能跳步：须先完成{Missing(c, before).Label()}");
            }
        }

        var latest = Ancestors(step).SelectMany(c.Recorded).OrderBy(d => d.DecidedOn).LastOrDefault();
        return latest is not null && context.Record.DecidedOn < latest.DecidedOn
            ? DevelopmentRefusal.OnDecisionDate("M21", $"日期不能早于{latest.Step.Label()}（{latest.DecidedOn:yyyy-MM-dd}）")
            : null;
    }

    // The first step actually missing: an optional step that is not done points at what it waits for.
    private static DevelopmentStep Missing(DevelopmentCase c, DevelopmentStep step) =>
        c.RuleSet.IsOptional(step) && step.Prerequisites().FirstOrDefault(p => !c.IsSatisfied(p)) is var p && p != default
            ? Missing(c, p)
            : step;

    private static HashSet<DevelopmentStep> Ancestors(DevelopmentStep step)
    {
        var found = new HashSet<DevelopmentStep>();
        var pending = new Stack<DevelopmentStep>(step.Prerequisites());
        while (pending.TryPop(out var next))
        {
            if (found.Add(next))
            {
                foreach (var p in next.Prerequisites())
                {
                    pending.Push(p);
                }
            }
        }

        return found;
    }
}
