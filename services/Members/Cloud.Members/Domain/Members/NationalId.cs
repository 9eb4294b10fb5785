using System.Globalization;

namespace Cloud.Members.Domain.Members;

/// <summary>
/// A resident identity number (公民身份号码, GB 11643-1999): 6-digit region, 8-digit birth date, 3-digit sequence
/// (odd for men, even for women) and an ISO 7064 MOD 11-2 check character. 15-digit numbers predate 1999 and are refused.
/// Never logged, never in events: it leaves the service only masked, or whole to roles allowed to see it.
/// </summary>
public sealed class NationalId
{
    private static readonly int[] Weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
    private const string CheckCharacters = "10X98765432";

    private NationalId(string value, DateOnly birthDate, Gender gender)
    {
        Value = value;
        BirthDate = birthDate;
        Gender = gender;
    }

    /// <summary>18 characters, upper-case X.</summary>
    public string Value { get; }

    public DateOnly BirthDate { get; }

    public Gender Gender { get; }

    /// <summary><c>6103**********1234</c>: the region's first four digits and the last four.</summary>
    public string Masked => Mask(Value);

    public static string Mask(string value) => value.Length == 18 ? $"{value[..4]}**********{value[^4..]}" : new string('*', value.Length);

    /// <summary>Parses and validates; on failure <paramref name="error"/> says why, in Chinese.</summary>
    public static bool TryParse(string? text, out NationalId id, out string error)
    {
        id = null!;
        var value = (text ?? string.Empty).Trim().ToUpperInvariant();
        if (value.Length == 0)
        {
            error = "身份证号码不能为空";
            return false;
        }

        if (value.Length == 15 && value.All(char.IsAsciiDigit))
        {
            error = "15位旧身份证号码不再受理，请填写18位公民身份号码";
            return false;
        }

        if (value.Length != 18 || !value[..17].All(char.IsAsciiDigit) || !(char.IsAsciiDigit(value[17]) || value[17] == 'X'))
        {
            error = "身份证号码应为18位：前17位为数字，最后一位为数字或X";
            return false;
        }

        if (value[17] != CheckCharacterOf(value))
        {
            error = "身份证号码校验位不正确，请核对";
            return false;
        }

        if (!DateOnly.TryParseExact(value[6..14], "yyyyMMdd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var birthDate)
            || birthDate.Year < 1900)
        {
            error = "身份证号码中的出生日期无效";
            return false;
        }

        var gender = (value[16] - '0') % 2 == 1 ? Gender.Male : Gender.Female;
        id = new NationalId(value, birthDate, gender);
        error = string.Empty;
        return true;
    }

    /// <summary>The GB 11643 check character of the first 17 digits.</summary>
    public static char CheckCharacterOf(string first17)
    {
        var sum = 0;
        for (var i = 0; i < 17; i++)
        {
            sum += (first17[i] - '0') * Weights[i];
        }

        return CheckCharacters[sum % 11];
    }

    /// <summary>Birth date and gender as entered must match the number (they are printed in it).</summary>
    public IEnumerable<(string Field, string Message)> Mismatches(DateOnly birthDate, Gender gender)
    {
        if (birthDate != BirthDate)
        {
            yield return ("birthDate", $"出生日期与身份证号码不一致（身份证为{BirthDate:yyyy-MM-dd}）");
        }

        if (gender != Gender)
        {
            yield return ("gender", "性别与身份证号码不一致");
        }
    }

    public override string ToString() => Masked; // never the whole number by accident (logs, interpolation)
}
