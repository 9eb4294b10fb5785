using Cloud.Contracts;
using Cloud.ServiceDefaults.Problems;

namespace Cloud.Members.Api.Development;

/// <summary>Field checks the development requests share.</summary>
public static class StepFields
{
    public static T? Enum<T>(Validation validation, string field, string? value, string label)
        where T : struct, System.Enum
    {
        if (EnumNames.TryParse(value, out T parsed))
        {
            return parsed;
        }

        validation.Add(field, $"{label}必须是 {EnumNames.Names<T>()} 之一");
        return null;
    }

    /// <summary>A required day, not after today (decisions are recorded once taken).</summary>
    public static void Day(Validation validation, string field, DateOnly? day, string label, DateOnly today)
    {
        if (day is null)
        {
            validation.Add(field, $"{label}不能为空");
        }
        else if (day > today)
        {
            validation.Add(field, $"{label}不能晚于今天");
        }
    }

    /// <summary>The county's calendar day (China Standard Time): deadlines and decisions are dated in it.</summary>
    public static DateOnly Today(TimeProvider clock) => CountyCalendar.Today(clock);
}
