namespace Cloud.Testing;

/// <summary>Each test makes its own county, so tests never share state.</summary>
public static class Counties
{
    private static readonly HashSet<string> Issued = [];

    public static string New()
    {
        lock (Issued)
        {
            while (true)
            {
                // 90xxxx-99xxxx: shaped like GB/T 2260 codes but outside the ranges of real provinces.
                var code = Random.Shared.Next(900_000, 1_000_000).ToString(System.Globalization.CultureInfo.InvariantCulture);
                if (Issued.Add(code))
                {
                    return code;
                }
            }
        }
    }
}
