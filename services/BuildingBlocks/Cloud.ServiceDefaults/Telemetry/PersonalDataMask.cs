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

    public static string Scrub(string text) => text.Length < 11 ? text : Pattern().Replace(text, Mask);

    /// <summary>A string value scrubbed, anything else as it is.</summary>
    public static object? Scrub(object? value) => value is string text ? Scrub(text) : value;

    // GB 11643: 6-digit region, birth date, sequence, check (X allowed); the 15-digit form has a 2-digit year.
    // The birth date in the pattern keeps 18-digit counters and ticks from being masked.
    [GeneratedRegex("""
        (?<!\d)[1-9]\d{5}(?:18|19|20)\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])\d{3}[\dXx](?![\dXx])
        |(?<!\d)[1-9]\d{5}\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])\d{3}(?!\d)
        |(?<!\d)(?:\+?86)?1[3-9]\d{9}(?!\d)
        """, RegexOptions.IgnorePatternWhitespace | RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();
}
