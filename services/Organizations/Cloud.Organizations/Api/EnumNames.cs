namespace Cloud.Organizations.Api;

/// <summary>Enum values in requests are their names: "1" or "Village, School" are not names.</summary>
public static class EnumNames
{
    public static bool TryParse<TEnum>(string? value, out TEnum result)
        where TEnum : struct, Enum =>
        Enum.TryParse(value, ignoreCase: false, out result) && Enum.IsDefined(result) && Enum.GetNames<TEnum>().Contains(value);

    /// <summary>"A / B / C", for the message of a field error.</summary>
    public static string List<TEnum>()
        where TEnum : struct, Enum => string.Join(" / ", Enum.GetNames<TEnum>());
}
