using System.Security.Cryptography;
using System.Text.Json;

namespace Cloud.AppHost;

/// <summary>
/// Keys and passwords of a local platform, made once into the data folder (mode 600, never in the repository) so that
/// tokens, sealed national IDs and logins survive restarts. Aspire has parameters, but no place to keep generated
/// secrets outside user secrets; these files also serve the scripts and the demo seed.
/// </summary>
public sealed class LocalSecrets(CloudSettings settings)
{
    public const string NationalIdKeyId = "local-1";

    /// <summary>Letters and digits that cannot be mistaken for one another when read off a screen.</summary>
    private const string PasswordAlphabet = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";

    /// <summary>Identity's RSA token-signing key (PKCS#8 PEM); services read only its public half from the discovery document.</summary>
    public string SigningKeyPem => LoadOrCreate("identity-signing-key.pem", () =>
    {
        using var key = RSA.Create(2048);
        return key.ExportPkcs8PrivateKeyPem();
    });

    /// <summary>The platform operator's password (login <c>platform</c>), which Identity creates on its first start.</summary>
    public string PlatformPassword
    {
        get
        {
            Directory.CreateDirectory(settings.DataPath("passwords"));
            return LoadOrCreate(Path.Combine("passwords", "platform"), () => RandomNumberGenerator.GetString(PasswordAlphabet, 16));
        }
    }

    /// <summary>The Members service's AES-256 key for national IDs and the HMAC key of their lookup hash.</summary>
    public (string EncryptionKey, string HashKey) NationalIdKeys
    {
        get
        {
            var json = LoadOrCreate("members-national-id-keys.json", () => JsonSerializer.Serialize(new NationalIdKeyFile(
                Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)), Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)))));
            var keys = JsonSerializer.Deserialize<NationalIdKeyFile>(json)
                ?? throw new InvalidOperationException("members-national-id-keys.json is empty; delete it for new keys (sealed IDs become unreadable)");
            return (keys.EncryptionKey, keys.HashKey);
        }
    }

    /// <summary>A new random token for this run (the dashboard's browser token, its API key).</summary>
    public static string NewToken() => Base64Url(RandomNumberGenerator.GetBytes(24));

    /// <summary>Writes a file only the current user can read.</summary>
    public static void WritePrivate(string path, string text)
    {
        var options = new FileStreamOptions
        {
            Mode = FileMode.Create,
            Access = FileAccess.Write,
            UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite,
        };
        using var writer = new StreamWriter(path, options);
        writer.Write(text);
    }

    private string LoadOrCreate(string name, Func<string> create)
    {
        var path = settings.DataPath(name);
        if (!File.Exists(path))
        {
            WritePrivate(path, create().Trim() + "\n");
        }

        return File.ReadAllText(path).Trim();
    }

    private static string Base64Url(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    private sealed record NationalIdKeyFile(string EncryptionKey, string HashKey);
}
