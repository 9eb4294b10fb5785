using Cloud.Organizations.Domain.Leadership;
using Cloud.ServiceDefaults.Problems;

namespace Cloud.Organizations.Api;

/// <summary>Ends a post on <c>endedOn</c>; <c>reason</c>: TermEnd, Resigned, Transferred, Removed or Deceased.</summary>
public sealed record EndPositionRequest(DateOnly? EndedOn, string? Reason)
{
    public Validation Validate(DateOnly today, out PositionEndReason reason)
    {
        var validation = new Validation().RequirePastDate("endedOn", EndedOn, "离任日期", today);
        if (!EnumNames.TryParse(Reason, out reason))
        {
            validation.Add("reason", $"离任原因必须是 {EnumNames.Names<PositionEndReason>()} 之一");
        }

        return validation;
    }
}
