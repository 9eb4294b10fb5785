using Cloud.ServiceDefaults.Auth;

namespace Cloud.AppHost;

/// <summary>The development signing key, made once and kept in .data so tokens stay valid across runs.</summary>
public static class SigningKeyStore
{
    private const int MinimumKeyBytes = 32;

    public static string LoadOrCreate(string path)
    {
        if (File.Exists(path))
        {
            var existing = File.ReadAllText(path).Trim();
            if (IsUsable(existing))
            {
                return existing;
            }

            throw new StartupException($"{path} does not hold a base64 key of at least {MinimumKeyBytes} bytes; delete it to get a new one");
        }

        var key = DevelopmentTokens.NewSigningKey();
        PrivateFile.Write(path, key + "\n", FileMode.CreateNew);
        ConsoleOutput.Info($"created a development signing key in {path}");
        return key;
    }

    private static bool IsUsable(string base64)
    {
        var bytes = new byte[base64.Length];
        return Convert.TryFromBase64String(base64, bytes, out var length) && length >= MinimumKeyBytes;
    }
}
