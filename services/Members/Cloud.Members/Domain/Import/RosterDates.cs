using System.Globalization;

namespace Cloud.Members.Domain.Import;

/// <summary>Dates as rosters write them: 2012-07-01, 2012/7/1, 2012.07.01, 20120701, 2012年7月1日, or an Excel day number.</summary>
public static class RosterDates
{
    private static readonly string[] Formats =
        ["yyyy-M-d", "yyyy/M/d", "yyyy.M.d", "yyyyMMdd", "yyyy年M月d日", "yyyy-M-d H:mm:ss", "yyyy/M/d H:mm:ss", "yyyy-MM-ddTHH:mm:ss"];

    // Excel's day numbers for 1900-01-01 .. 2099-12-31.
    private const int FirstExcelDay = 1;
    private const int LastExcelDay = 73050;

    public static bool TryParse(string text, out DateOnly date)
    {
        if (DateTime.TryParseExact(text, Formats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed))
        {
            date = DateOnly.FromDateTime(parsed);
            return date.Year >= 1900;
        }

        if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var day) && day is >= FirstExcelDay and <= LastExcelDay)
        {
            date = DateOnly.FromDateTime(DateTime.FromOADate(day));
            return true;
        }

        date = default;
        return false;
    }
}
