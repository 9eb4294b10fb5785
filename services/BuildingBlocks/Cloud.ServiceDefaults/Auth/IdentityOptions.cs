namespace Cloud.ServiceDefaults.Auth;

/// <summary>The <c>Identity</c> configuration section: who issues tokens and how they are checked.</summary>
public sealed class CloudIdentityOptions
{
    public const string Section = "Identity";

    /// <summary>Token issuer every service validates against (<c>Identity__Authority</c>).</summary>
    public string Authority { get; set; } = "http://identity";

    public string Audience { get; set; } = "cloud-api";

    /// <summary>Base64 symmetric key for development and tests; when empty, keys come from the authority's discovery document.</summary>
    public string? SigningKey { get; set; }
}
