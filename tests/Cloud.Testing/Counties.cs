using System.Globalization;

namespace Cloud.Testing;

/// <summary>
/// County codes for tests, never the same twice against one PostgreSQL: the test assemblies run one after another
/// against the same databases, so a code one process used still has its rows when the next process starts, and a test
/// that counts a county's rows would count both.
/// </summary>
public static class Counties
{
    // 90xxxx-98xxxx: shaped like GB/T 2260 codes but outside the ranges of real provinces.
    private const int First = 900_001;
    private const int Last = 989_999;
    private const int BlockSize = 200;

    private static readonly Lock Gate = new();
    private static int _next;
    private static int _end;

    public static string New()
    {
        while (true)
        {
            var code = Take();
            if (code % 100 != 0) // xxxx00 names a city in GB/T 2260, not a county
            {
                return code.ToString(CultureInfo.InvariantCulture);
            }
        }
    }

    /// <summary>Two new counties of one city (the same first four digits), for a city's roll-up.</summary>
    public static (string First, string Second) TwoInOneCity()
    {
        var seen = new Dictionary<string, string>();
        while (true)
        {
            var code = New();
            if (seen.TryGetValue(code[..4], out var other))
            {
                return (other, code);
            }

            seen[code[..4]] = code;
        }
    }

    /// <summary>A new county of another city than <paramref name="city"/>.</summary>
    public static string OutsideCity(string city)
    {
        while (true)
        {
            var code = New();
            if (code[..4] != city)
            {
                return code;
            }
        }
    }

    private static int Take()
    {
        lock (Gate)
        {
            if (_next == _end)
            {
                _next = ReserveBlock();
                _end = _next + BlockSize;
            }

            return _next++;
        }
    }

    /// <summary>
    /// Takes the next block of codes from a counter file kept beside the test PostgreSQL's port, under an exclusive lock
    /// (<see cref="FileShare.None"/> is an advisory <c>flock</c> on Linux), so processes, whether in turn or at once, get
    /// different blocks. A fresh cluster on a reused port only continues the count.
    /// </summary>
    private static int ReserveBlock()
    {
        var port = Environment.GetEnvironmentVariable("CLOUD_PG_PORT") ?? "none";
        var path = Path.Combine(Path.GetTempPath(), $"cloud-test-counties-{port}");
        for (var attempt = 0; ; attempt++)
        {
            try
            {
                using var file = new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
                using var reader = new StreamReader(file, leaveOpen: true);
                var start = int.TryParse(reader.ReadToEnd().Trim(), CultureInfo.InvariantCulture, out var saved)
                    && saved is >= First and <= Last - BlockSize ? saved : First;
                file.SetLength(0);
                file.Position = 0;
                using var writer = new StreamWriter(file);
                writer.Write((start + BlockSize).ToString(CultureInfo.InvariantCulture));
                return start;
            }
            catch (IOException) when (attempt < 400)
            {
                Thread.Sleep(25); // another process holds the counter for the moment it takes to move it on
            }
        }
    }
}
