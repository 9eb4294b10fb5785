namespace Cloud.ServiceDefaults.Tenancy;

/// <summary>GB/T 2260 administrative division code of a county: 6 digits, the first four name the city.</summary>
public static class CountyCode
{
    public static bool IsValid(string? code) =>
        code is { Length: 6 } && code.All(char.IsAsciiDigit);

    public static string CityOf(string countyCode) => countyCode[..4];
}
