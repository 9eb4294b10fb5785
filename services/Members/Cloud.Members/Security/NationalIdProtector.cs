using System.Security.Cryptography;
using System.Text;
using Cloud.Members.Domain.Members;
using Microsoft.Extensions.Options;

namespace Cloud.Members.Security;

/// <summary>Seals national IDs with AES-GCM (nonce ‖ ciphertext ‖ tag) and hashes them with HMAC-SHA256 for lookup.</summary>
public sealed class NationalIdProtector
{
    private const int NonceSize = 12;
    private const int TagSize = 16;
    private readonly Dictionary<string, byte[]> _keys;
    private readonly string _currentKeyId;
    private readonly byte[] _hashKey;

    public NationalIdProtector(IOptions<NationalIdProtectionOptions> options)
    {
        var o = options.Value;
        _keys = o.Keys.ToDictionary(k => k.Key, k => Key(k.Value, $"Keys:{k.Key}"));
        _currentKeyId = o.CurrentKeyId;
        _hashKey = Key(o.HashKey, nameof(o.HashKey));
        if (!_keys.ContainsKey(_currentKeyId))
        {
            throw new InvalidOperationException($"{NationalIdProtectionOptions.Section}:CurrentKeyId names no key in {NationalIdProtectionOptions.Section}:Keys.");
        }
    }

    public ProtectedNationalId Protect(NationalId id)
    {
        using var aes = new AesGcm(_keys[_currentKeyId], TagSize);
        return Protect(id, aes);
    }

    /// <summary>Seals many IDs (a roster import), in parallel, with one cipher per worker rather than one per ID.</summary>
    public ProtectedNationalId[] ProtectAll(IReadOnlyList<NationalId> ids, CancellationToken cancellationToken)
    {
        var sealedIds = new ProtectedNationalId[ids.Count];
        Parallel.For(
            0, ids.Count, new ParallelOptions { CancellationToken = cancellationToken },
            () => new AesGcm(_keys[_currentKeyId], TagSize),
            (i, _, aes) =>
            {
                sealedIds[i] = Protect(ids[i], aes);
                return aes;
            },
            aes => aes.Dispose());
        return sealedIds;
    }

    private ProtectedNationalId Protect(NationalId id, AesGcm aes)
    {
        var plain = Encoding.ASCII.GetBytes(id.Value);
        var sealedId = new byte[NonceSize + plain.Length + TagSize];
        var nonce = sealedId.AsSpan(0, NonceSize);
        RandomNumberGenerator.Fill(nonce);
        aes.Encrypt(nonce, plain, sealedId.AsSpan(NonceSize, plain.Length), sealedId.AsSpan(NonceSize + plain.Length), AssociatedData(_currentKeyId));
        return new ProtectedNationalId(sealedId, _currentKeyId, Hash(id), id.Masked);
    }

    /// <summary>The whole number, for a caller allowed to see it.</summary>
    public string Reveal(ProtectedNationalId id)
    {
        if (!_keys.TryGetValue(id.KeyId, out var key))
        {
            throw new InvalidOperationException($"National ID key '{id.KeyId}' is not configured.");
        }

        var plainLength = id.Ciphertext.Length - NonceSize - TagSize;
        var plain = new byte[plainLength];
        using var aes = new AesGcm(key, TagSize);
        aes.Decrypt(id.Ciphertext.AsSpan(0, NonceSize), id.Ciphertext.AsSpan(NonceSize, plainLength), id.Ciphertext.AsSpan(NonceSize + plainLength), plain, AssociatedData(id.KeyId));
        return Encoding.ASCII.GetString(plain);
    }

    /// <summary>Whether this record was sealed with an older key and should be re-sealed.</summary>
    public bool NeedsResealing(ProtectedNationalId id) => id.KeyId != _currentKeyId;

    public byte[] Hash(NationalId id) => HMACSHA256.HashData(_hashKey, Encoding.ASCII.GetBytes(id.Value));

    private static byte[] AssociatedData(string keyId) => Encoding.UTF8.GetBytes($"national-id:{keyId}");

    private static byte[] Key(string base64, string name)
    {
        byte[] key;
        try
        {
            key = Convert.FromBase64String(base64);
        }
        catch (FormatException)
        {
            throw new InvalidOperationException($"{NationalIdProtectionOptions.Section}:{name} is not base64.");
        }

        return key.Length == 32 ? key : throw new InvalidOperationException($"{NationalIdProtectionOptions.Section}:{name} must be 32 bytes.");
    }
}
