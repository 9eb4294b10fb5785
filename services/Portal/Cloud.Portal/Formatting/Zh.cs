using System.Globalization;

namespace Cloud.Portal.Formatting;

/// <summary>Dates, numbers and percentages the way a county clerk writes them: 2026年12月5日, 3,163, 23.9%.</summary>
public static class Zh
{
    private static readonly CultureInfo Culture = CultureInfo.GetCultureInfo("zh-CN");

    public static string Date(DateOnly date) => date.ToString("yyyy年M月d日", Culture);

    public static string Date(DateOnly? date) => date is { } d ? Date(d) : "—";

    public static string Date(DateTimeOffset moment) => Date(DateOnly.FromDateTime(moment.ToOffset(ChinaOffset).DateTime));

    public static string Date(DateTimeOffset? moment) => moment is { } m ? Date(m) : "—";

    /// <summary>A moment in China Standard Time, to the minute: 2026年12月5日 14:05.</summary>
    public static string DateTime(DateTimeOffset moment) => moment.ToOffset(ChinaOffset).ToString("yyyy年M月d日 HH:mm", Culture);

    public static string DateTime(DateTimeOffset? moment) => moment is { } m ? DateTime(m) : "—";

    public static string Count(long value) => value.ToString("N0", Culture);

    /// <summary>A share (0.239) as a percentage with one decimal: 23.9%.</summary>
    public static string Percent(double share) => (share * 100).ToString("0.#", Culture) + "%";

    /// <summary>Part of a whole as a percentage; "—" when the whole is zero.</summary>
    public static string Percent(long part, long whole) => whole == 0 ? "—" : Percent((double)part / whole);

    /// <summary>China has one time zone and no daylight saving: UTC+8 for every county.</summary>
    public static readonly TimeSpan ChinaOffset = TimeSpan.FromHours(8);
}
