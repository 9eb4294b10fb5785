using Cloud.ServiceDefaults.Problems;

namespace Cloud.Organizations.Api;

/// <summary>O18: when the superior approved the secretary and/or when the committee was filed; at least one.</summary>
public sealed record TermApprovalRequest(DateOnly? SuperiorApprovalOn, DateOnly? FilingOn)
{
    public Validation Validate(DateOnly today)
    {
        var validation = new Validation().PastDate("superiorApprovalOn", SuperiorApprovalOn, "上级批准日期", today).PastDate("filingOn", FilingOn, "备案日期", today);
        return SuperiorApprovalOn is null && FilingOn is null ? validation.Add("superiorApprovalOn", "上级批准日期和备案日期至少填写一项") : validation;
    }
}
