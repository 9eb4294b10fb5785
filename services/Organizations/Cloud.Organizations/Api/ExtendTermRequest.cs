using Cloud.Organizations.Domain.Leadership;
using Cloud.ServiceDefaults.Problems;

namespace Cloud.Organizations.Api;

/// <summary>延期换届: the superior's approval (date and document number) of putting the term's election off until <c>extendedUntil</c>.</summary>
public sealed record ExtendTermRequest(DateOnly? ExtendedUntil, DateOnly? ApprovedOn, string? ApprovalDocNo)
{
    public Validation Validate(DateOnly today)
    {
        var validation = new Validation().RequirePastDate("approvedOn", ApprovedOn, "批准日期", today)
            .Require("approvalDocNo", ApprovalDocNo, "批准文号", Term.MaxDocNoLength);
        if (ExtendedUntil is null)
        {
            validation.Add("extendedUntil", "延期日期不能为空");
        }

        return validation;
    }
}
