namespace Cloud.Members.Domain.Members;

/// <summary>
/// A national ID as stored: AES-GCM ciphertext with the id of the key that sealed it (so keys can rotate), a keyed
/// hash for uniqueness and lookup, and the masked form for display. The plain number is never stored.
/// </summary>
public sealed record ProtectedNationalId(byte[] Ciphertext, string KeyId, byte[] Hash, string Masked);
