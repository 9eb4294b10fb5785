namespace Cloud.Testing;

/// <summary>Each test makes its own county, so tests never share state.</summary>
public static class Counties
{
    // 90xxxx-99xxxx: shaped like GB/T 2260 codes but outside the ranges of real provinces. Each test process counts
    // up from a random start, so codes never repeat within a process and seldom meet another process's.
    private static int _next = Random.Shared.Next(900_000, 990_000);

    public static string New()
    {
        while (true)
        {
            var code = Interlocked.Increment(ref _next);
            if (code % 100 != 0) // xxxx00 names a city in GB/T 2260, not a county
            {
                return code.ToString(System.Globalization.CultureInfo.InvariantCulture);
            }
        }
    }
}
