using Cloud.ServiceDefaults.Problems;

namespace Cloud.Organizations.Api;

/// <summary>Checks of the dates users report: events that already happened, so not after the county's today.</summary>
public static class ValidationDates
{
    public static Validation RequirePastDate(this Validation validation, string field, DateOnly? value, string label, DateOnly today)
    {
        if (value is null)
        {
            validation.Add(field, $"{label}不能为空");
        }

        return validation.PastDate(field, value, label, today);
    }

    public static Validation PastDate(this Validation validation, string field, DateOnly? value, string label, DateOnly today) =>
        value > today ? validation.Add(field, $"{label}不能晚于今天（{today:yyyy-MM-dd}）") : validation;

    /// <summary>An optional <c>asOf</c> query value: the county's today when absent.</summary>
    public static DateOnly? ParseAsOf(this Validation validation, string? asOf, DateOnly today)
    {
        if (asOf is null)
        {
            return today;
        }

        if (DateOnly.TryParseExact(asOf, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out var date))
        {
            return date;
        }

        validation.Add("asOf", "日期格式应为 yyyy-MM-dd");
        return null;
    }
}
