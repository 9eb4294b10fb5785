using System.Security.Cryptography;

namespace Cloud.DemoSeed;

/// <summary>Passwords for local runs (platform operator, demo users): made once, kept in .data with mode 600, never in the repository.</summary>
public static class Secret
{
    private const string Alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";

    public static string LoadOrCreatePassword(string path)
    {
        if (File.Exists(path) && File.ReadAllText(path).Trim() is { Length: >= 10 } existing)
        {
            return existing;
        }

        var password = RandomNumberGenerator.GetString(Alphabet, 16);
        PrivateFile.Write(path, password + "\n");
        return password;
    }
}
