using Cloud.Members.Domain.Members;

namespace Cloud.Members.Tests;

/// <summary>Valid GB 11643 numbers for made-up people (region 610304, 陈仓区).</summary>
public static class TestNationalIds
{
    private static int _sequence = Random.Shared.Next(0, 400);

    public static string For(DateOnly birthDate, Gender gender, string region = "610304")
    {
        var sequence = Interlocked.Increment(ref _sequence) % 500 * 2 + (gender == Gender.Male ? 1 : 0);
        var first17 = $"{region}{birthDate:yyyyMMdd}{sequence:000}";
        return first17 + NationalId.CheckCharacterOf(first17);
    }

    /// <summary>The same number with a wrong check character.</summary>
    public static string WithBadCheckDigit(string id) => id[..17] + (id[17] == '0' ? '1' : '0');
}
