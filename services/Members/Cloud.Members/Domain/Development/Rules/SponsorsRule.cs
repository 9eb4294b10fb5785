namespace Cloud.Members.Domain.Development.Rules;

/// <summary>M8: 党章第五条, 细则第十四条 — a candidate has two sponsors, both full members.</summary>
public sealed class SponsorsRule : IDevelopmentRule
{
    public DevelopmentRefusal? Check(StepContext context)
    {
        if (context.Step != DevelopmentStep.SponsorAssignment)
        {
            return null;
        }

        var ids = (context.Record.MemberIds ?? []).Distinct().ToList();
        return ids.Count == 2 && ids.All(id => context.Members.Any(m => m.MemberId == id && m.IsCurrentFullMember))
            ? null
            : new DevelopmentRefusal("M8", "入党介绍人须为两名正式党员");
    }
}
