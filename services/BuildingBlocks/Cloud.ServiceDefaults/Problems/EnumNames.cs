namespace Cloud.ServiceDefaults.Problems;

/// <summary>Parses enum values given by name only ("1" or "A, B" are not names), as the API documents them.</summary>
public static class EnumNames
{
    public static bool TryParse<TEnum>(string? value, out TEnum result)
        where TEnum : struct, Enum =>
        Enum.TryParse(value, ignoreCase: false, out result) && Enum.IsDefined(result) && Enum.GetNames<TEnum>().Contains(value);

    /// <summary>"A / B / C" (all names, or those of <paramref name="values"/>), for the message of a field error.</summary>
    public static string Names<TEnum>(IEnumerable<TEnum>? values = null)
        where TEnum : struct, Enum =>
        string.Join(" / ", (values ?? Enum.GetValues<TEnum>()).Select(v => v.ToString()));
}
