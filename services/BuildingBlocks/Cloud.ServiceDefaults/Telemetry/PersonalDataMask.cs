using System.Text.RegularExpressions;

namespace Cloud.ServiceDefaults.Telemetry;

/// <summary>
/// Masks what looks like a national ID (18 digits with a trailing X, or the old 15) or a mainland mobile number in
/// telemetry text: the second line of defence, after code that never logs them. Names have no pattern and are kept
/// out by design only.
/// </summary>
public static partial class PersonalDataMask
{
    public const string Mask = "***";

    // Most telemetry text (routes, names of spans, status codes) has no run of 11 digits: it skips the regex.
    public static string Scrub(string text) => HasDigitRun(text) ? Pattern().Replace(text, Mask) : text;

    /// <summary>A string value scrubbed, anything else as it is.</summary>
    public static object? Scrub(object? value) => value is string text ? Scrub(text) : value;

    /// <summary>Eleven digits in a row: the shortest thing the pattern masks (a mobile number); a 15- or 18-digit ID has more.</summary>
    private static bool HasDigitRun(string text)
    {
        var run = 0;
        foreach (var c in text)
        {
            run = char.IsAsciiDigit(c) ? run + 1 : 0;
            if (run == 11)
            {
                return true;
            }
        }

        return false;
    }

    // GB 11643: 6-digit region, birth date, sequence, check (X allowed); the 15-digit form has a 2-digit year.
    // The birth date in the pattern keeps 18-digit counters and ticks from being masked.
    [GeneratedRegex("""
        (?<!\d)[1-9]\d{5}(?:18|19|20)\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])\d{3}[\dXx](?![\dXx])
        |(?<!\d)[1-9]\d{5}\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])\d{3}(?!\d)
        |(?<!\d)(?:\+?86)?1[3-9]\d{9}(?!\d)
        """, RegexOptions.IgnorePatternWhitespace | RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();
}
