using System.Security.Cryptography;
using System.Text.Json;

namespace Cloud.AppHost;

/// <summary>
/// The Members service's national-ID keys for local runs (an AES-256 key and the lookup hash's HMAC key), made once
/// and kept in .data so sealed IDs stay readable across restarts. Only the Members service receives them.
/// </summary>
public static class NationalIdKeyStore
{
    private const string KeyId = "local-1";

    public static IReadOnlyDictionary<string, string> LoadOrCreate(string path)
    {
        if (!File.Exists(path))
        {
            var created = new Keys(Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)), Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)));
            PrivateFile.Write(path, JsonSerializer.Serialize(created) + "\n", FileMode.CreateNew);
            ConsoleOutput.Info($"created the Members service's national-ID keys in {path}");
        }

        var keys = JsonSerializer.Deserialize<Keys>(File.ReadAllText(path))
            ?? throw new StartupException($"{path} is empty; delete it to get new keys (records sealed with the old ones become unreadable)");
        return new Dictionary<string, string>
        {
            ["Members__NationalId__CurrentKeyId"] = KeyId,
            [$"Members__NationalId__Keys__{KeyId}"] = keys.EncryptionKey,
            ["Members__NationalId__HashKey"] = keys.HashKey,
        };
    }

    private sealed record Keys(string EncryptionKey, string HashKey);
}
