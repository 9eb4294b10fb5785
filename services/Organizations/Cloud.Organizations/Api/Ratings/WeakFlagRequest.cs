using Cloud.Organizations.Domain.Ratings;
using Cloud.ServiceDefaults.Problems;

namespace Cloud.Organizations.Api.Ratings;

/// <summary>Flags an organization 软弱涣散: the day it was found weak, the rectification deadline, and optionally why.</summary>
public sealed record WeakFlagRequest(DateOnly? FlaggedOn, DateOnly? RectificationDeadline, string? Reason = null)
{
    public Validation Validate(DateOnly today)
    {
        var validation = new Validation();
        if (FlaggedOn is not { } flaggedOn)
        {
            validation.Add("flaggedOn", "认定日期不能为空");
        }
        else if (flaggedOn > today)
        {
            validation.Add("flaggedOn", "认定日期不能晚于今天");
        }

        if (RectificationDeadline is not { } deadline)
        {
            validation.Add("rectificationDeadline", "整顿期限不能为空");
        }
        else if (FlaggedOn is { } flagged && WeakFlagRules.WeakFlagNeedsDeadlineAfterFlagging(flagged, deadline) is { } violation)
        {
            validation.Add(violation.Field, violation.Message);
        }

        if (Reason is { Length: > WeakOrganizationFlag.MaxReasonLength })
        {
            validation.Add("reason", $"认定原因不能超过{WeakOrganizationFlag.MaxReasonLength}个字符");
        }

        return validation;
    }
}
