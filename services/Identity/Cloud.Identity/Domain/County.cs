namespace Cloud.Identity.Domain;

/// <summary>A tenant: one county, named by its GB/T 2260 code. A platform table, not owned by any county.</summary>
public sealed class County
{
    public const int MaxNameLength = 50;

    private County()
    {
    }

    /// <summary>6-digit GB/T 2260 code, e.g. 610304; the first four digits name the city.</summary>
    public string Code { get; private set; } = string.Empty;

    public string Name { get; private set; } = string.Empty;

    public CountyStatus Status { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public string City => Code[..4];

    public bool IsActive => Status == CountyStatus.Active;

    public static County Onboard(string code, string name, DateTimeOffset now) => new()
    {
        Code = code,
        Name = name.Trim(),
        Status = CountyStatus.Active,
        CreatedAt = now,
    };

    public void Suspend() => Status = CountyStatus.Suspended;

    public void Activate() => Status = CountyStatus.Active;

    /// <summary>GB/T 2260 shape: six digits, not the reserved platform realm, province and city parts not zero.</summary>
    public static bool IsCountyCode(string? code) =>
        code is { Length: 6 } && code.All(char.IsAsciiDigit) && !Realm.IsPlatform(code) && code[..2] != "00" && code[4..] != "00";
}
