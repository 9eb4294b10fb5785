namespace Cloud.DemoSeed;

/// <summary>GB 11643 citizen numbers for made-up people: region, birth date, sequence (odd for men), check character.</summary>
public static class DemoNationalIds
{
    private static readonly int[] Weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];

    public static string Of(string region, DateOnly birthDate, int sequence)
    {
        var first17 = $"{region}{birthDate:yyyyMMdd}{sequence:000}";
        return first17 + CheckCharacter(first17);
    }

    /// <summary>ISO 7064 MOD 11-2, as GB 11643 prescribes.</summary>
    public static char CheckCharacter(string first17)
    {
        var sum = 0;
        for (var i = 0; i < 17; i++)
        {
            sum += (first17[i] - '0') * Weights[i];
        }

        return "10X98765432"[sum % 11];
    }
}
