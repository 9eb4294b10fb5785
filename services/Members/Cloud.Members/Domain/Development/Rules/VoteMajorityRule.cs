namespace Cloud.Members.Domain.Development.Rules;

/// <summary>M13: 细则第二十二条 — a resolution to admit (or to confirm) needs more than half of the full members with a vote who should attend.</summary>
public sealed class VoteMajorityRule : IDevelopmentRule
{
    public DevelopmentRefusal? Check(StepContext context)
    {
        if (context.Step is not (DevelopmentStep.AdmissionVote or DevelopmentStep.ConfirmationVote))
        {
            return null;
        }

        var r = context.Record;
        return r.VotesFor is { } votesFor && r.EligibleVoters is { } eligible && votesFor * 2 > eligible
            ? null
            : new DevelopmentRefusal("M13", "赞成人数未超过应到会有表决权正式党员的半数，决议不能通过");
    }
}
