using System.Security.Cryptography;

namespace Cloud.AppHost;

/// <summary>
/// Identity's token-signing key for local runs: an RSA key made once and kept in .data, so tokens and the published
/// JWKS stay the same across restarts. Services never see it; they read the public half from the discovery document.
/// </summary>
public static class SigningKeyStore
{
    public static string LoadOrCreate(string path)
    {
        if (File.Exists(path))
        {
            var pem = File.ReadAllText(path);
            try
            {
                using var rsa = RSA.Create();
                rsa.ImportFromPem(pem);
                return pem;
            }
            catch (ArgumentException e)
            {
                throw new StartupException($"{path} does not hold an RSA private key in PEM; delete it to get a new one", e);
            }
        }

        using var key = RSA.Create(2048);
        var created = key.ExportPkcs8PrivateKeyPem();
        PrivateFile.Write(path, created + "\n", FileMode.CreateNew);
        ConsoleOutput.Info($"created Identity's signing key in {path}");
        return created;
    }
}
