using System.Security.Cryptography;
using System.Text;
using Cloud.Contracts.Members;
using Cloud.Members.Domain.Members;
using Microsoft.Extensions.Options;

namespace Cloud.Members.Security;

/// <summary>
/// Seals national IDs (and payloads such as a transferred record) with AES-GCM (nonce ‖ ciphertext ‖ tag) and hashes
/// national IDs with HMAC-SHA256 for lookup.
/// </summary>
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

    public ProtectedNationalId Protect(NationalId id) =>
        new(Encrypt(Encoding.ASCII.GetBytes(id.Value), AssociatedData(_currentKeyId)), _currentKeyId, Hash(id), id.Masked);

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
    public string Reveal(ProtectedNationalId id) =>
        Encoding.ASCII.GetString(Decrypt(id.Ciphertext, id.KeyId, AssociatedData(id.KeyId)));

    /// <summary>
    /// Seals any payload (e.g. a member's record sent to another county) with the current key, bound to
    /// <paramref name="context"/>: it opens only with the same context, so a payload cannot be replayed elsewhere.
    /// </summary>
    public SealedPayload Seal(ReadOnlySpan<byte> plain, string context) =>
        new(Encrypt(plain, PayloadAssociatedData(_currentKeyId, context)), _currentKeyId);

    /// <summary>Opens a payload sealed by <see cref="Seal"/> with the same context; throws if it was altered or is for another context.</summary>
    public byte[] Unseal(SealedPayload payload, string context) =>
        Decrypt(payload.Ciphertext, payload.KeyId, PayloadAssociatedData(payload.KeyId, context));

    /// <summary>Whether this record was sealed with an older key and should be re-sealed.</summary>
    public bool NeedsResealing(ProtectedNationalId id) => id.KeyId != _currentKeyId;

    public byte[] Hash(NationalId id) => HMACSHA256.HashData(_hashKey, Encoding.ASCII.GetBytes(id.Value));

    private static byte[] AssociatedData(string keyId) => Encoding.UTF8.GetBytes($"national-id:{keyId}");

    private static byte[] PayloadAssociatedData(string keyId, string context) => Encoding.UTF8.GetBytes($"payload:{keyId}:{context}");

    private byte[] Encrypt(ReadOnlySpan<byte> plain, byte[] associatedData)
    {
        var sealedBytes = new byte[NonceSize + plain.Length + TagSize];
        var nonce = sealedBytes.AsSpan(0, NonceSize);
        RandomNumberGenerator.Fill(nonce);
        using var aes = new AesGcm(_keys[_currentKeyId], TagSize);
        aes.Encrypt(nonce, plain, sealedBytes.AsSpan(NonceSize, plain.Length), sealedBytes.AsSpan(NonceSize + plain.Length), associatedData);
        return sealedBytes;
    }

    private byte[] Decrypt(byte[] sealedBytes, string keyId, byte[] associatedData)
    {
        if (!_keys.TryGetValue(keyId, out var key))
        {
            throw new InvalidOperationException($"National ID key '{keyId}' is not configured.");
        }

        var plainLength = sealedBytes.Length - NonceSize - TagSize;
        var plain = new byte[plainLength];
        using var aes = new AesGcm(key, TagSize);
        aes.Decrypt(sealedBytes.AsSpan(0, NonceSize), sealedBytes.AsSpan(NonceSize, plainLength), sealedBytes.AsSpan(NonceSize + plainLength), plain, associatedData);
        return plain;
    }

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
