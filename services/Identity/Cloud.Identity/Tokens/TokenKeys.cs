using System.Security.Cryptography;
using System.Text;
using Microsoft.IdentityModel.Tokens;

namespace Cloud.Identity.Tokens;

/// <summary>
/// The keys Identity signs and encrypts tokens with. <c>Identity:SigningKeyPem</c> is an RSA private key (PEM) that
/// survives restarts; the encryption key for authorization codes and refresh tokens is derived from it (HKDF), so one
/// secret is enough. Without a PEM, Development and Testing use a key made for this process (tokens die with it);
/// other environments refuse to start.
/// </summary>
public sealed class TokenKeys
{
    public const string SigningKeyPemSetting = "Identity:SigningKeyPem";

    private TokenKeys(RsaSecurityKey signing, SymmetricSecurityKey encryption, bool ephemeral)
    {
        Signing = signing;
        Encryption = encryption;
        IsEphemeral = ephemeral;
    }

    public RsaSecurityKey Signing { get; }

    public SymmetricSecurityKey Encryption { get; }

    public bool IsEphemeral { get; }

    public static TokenKeys FromConfiguration(IConfiguration configuration, IHostEnvironment environment)
    {
        var pem = configuration[SigningKeyPemSetting];
        var ephemeral = string.IsNullOrWhiteSpace(pem);
        if (ephemeral && !IdentityEnvironments.IsDevelopmentOrTesting(environment))
        {
            throw new InvalidOperationException($"{SigningKeyPemSetting} (Identity__SigningKeyPem) is required outside Development and Testing.");
        }

        var rsa = RSA.Create(2048);
        if (!ephemeral)
        {
            rsa.ImportFromPem(pem);
        }

        var parameters = rsa.ExportParameters(includePrivateParameters: true);
        // The key id names the public key, so it stays the same across restarts and replicas.
        var kid = Base64UrlEncoder.Encode(SHA256.HashData([.. parameters.Modulus!, .. parameters.Exponent!]))[..16];
        var encryption = HKDF.DeriveKey(HashAlgorithmName.SHA256, parameters.D!, 32, salt: [], info: Encoding.ASCII.GetBytes("cloud-identity-token-encryption"));
        return new TokenKeys(new RsaSecurityKey(rsa) { KeyId = kid }, new SymmetricSecurityKey(encryption), ephemeral);
    }
}
