namespace Cloud.Organizations.Domain.Ratings;

/// <summary>Rules of the 软弱涣散 flag (seed 002: 软弱涣散党组织整顿): a deadline after flagging, and one open flag at a time.</summary>
public static class WeakFlagRules
{
    public static RuleViolation? WeakFlagNeedsDeadlineAfterFlagging(DateOnly flaggedOn, DateOnly rectificationDeadline) =>
        rectificationDeadline > flaggedOn ? null : new("rectificationDeadline", "整顿期限必须晚于认定日期");

    /// <summary>An organization is rectified before it is flagged again; the open flag is the one to close.</summary>
    public static bool OneOpenWeakFlagAtATime(IEnumerable<WeakOrganizationFlag> flagsOfTheOrganization) =>
        !flagsOfTheOrganization.Any(f => f.IsOpen);

    public static RuleViolation? RectifiedNotBeforeFlagging(WeakOrganizationFlag flag, DateOnly rectifiedOn) =>
        rectifiedOn >= flag.FlaggedOn ? null : new("rectifiedOn", "整顿完成日期不能早于认定日期");
}
