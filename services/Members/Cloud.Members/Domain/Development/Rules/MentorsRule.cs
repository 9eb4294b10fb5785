namespace Cloud.Members.Domain.Development.Rules;

/// <summary>M5: 细则第十条 — one or two full members are assigned to cultivate an activist.</summary>
public sealed class MentorsRule : IDevelopmentRule
{
    public DevelopmentRefusal? Check(StepContext context)
    {
        if (context.Step != DevelopmentStep.MentorAssignment)
        {
            return null;
        }

        var ids = (context.Record.MemberIds ?? []).Distinct().ToList();
        return ids.Count is >= 1 and <= 2 && ids.All(id => context.Members.Any(m => m.MemberId == id && m.IsCurrentFullMember))
            ? null
            : new DevelopmentRefusal("M5", "培养联系人须为1至2名正式党员");
    }
}
