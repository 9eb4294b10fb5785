namespace Cloud.Members.Security;

/// <summary>
/// Keys for national IDs (<c>Members__NationalId__...</c>): AES-256 keys by id (base64, 32 bytes) with the one new
/// records use, and the HMAC key of the lookup hash. Old keys stay listed until every record is re-sealed.
/// </summary>
public sealed class NationalIdProtectionOptions
{
    public const string Section = "Members:NationalId";

    public string CurrentKeyId { get; set; } = string.Empty;

    public Dictionary<string, string> Keys { get; set; } = [];

    /// <summary>Platform-wide, so a transferred member's hash means the same in every county.</summary>
    public string HashKey { get; set; } = string.Empty;
}
