namespace Cloud.Organizations.Domain;

/// <summary>
/// A change takes effect no earlier than the latest change of the organizations it touches (history is appended,
/// never rewritten: the year-end statistics already read it) and no later than today (a change is recorded once it happened).
/// </summary>
public static class EffectiveDateRule
{
    public const string Field = "effectiveOn";

    /// <summary>Null when a change of an organization last changed on <paramref name="latestChange"/> may take effect on <paramref name="effectiveOn"/>.</summary>
    public static RuleViolation? Check(DateOnly effectiveOn, DateOnly latestChange, DateOnly today, string field = Field)
    {
        if (effectiveOn > today)
        {
            return new(field, $"生效日期不能晚于今天 ({today:yyyy-MM-dd})");
        }

        return effectiveOn < latestChange
            ? new(field, $"生效日期不能早于该组织最近一次变更的生效日期 ({latestChange:yyyy-MM-dd})")
            : null;
    }
}
