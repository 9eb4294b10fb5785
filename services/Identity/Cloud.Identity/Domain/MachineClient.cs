namespace Cloud.Identity.Domain;

/// <summary>
/// A system that signs in with client credentials, bound to one county (reads it as an Auditor) or one city
/// (reads its statistics as a CityViewer). The secret itself lives hashed in the OpenIddict application.
/// </summary>
public sealed class MachineClient
{
    public const int MaxDisplayNameLength = 100;

    private MachineClient()
    {
    }

    public string ClientId { get; private set; } = string.Empty;

    public string DisplayName { get; private set; } = string.Empty;

    public string? County { get; private set; }

    public string? City { get; private set; }

    public string CreatedBy { get; private set; } = string.Empty;

    public DateTimeOffset CreatedAt { get; private set; }

    public static MachineClient ForCounty(string displayName, string county, string createdBy, DateTimeOffset now) =>
        New(displayName, county, null, createdBy, now);

    public static MachineClient ForCity(string displayName, string city, string createdBy, DateTimeOffset now) =>
        New(displayName, null, city, createdBy, now);

    private static MachineClient New(string displayName, string? county, string? city, string createdBy, DateTimeOffset now) => new()
    {
        ClientId = $"m-{Guid.CreateVersion7(now):N}",
        DisplayName = displayName.Trim(),
        County = county,
        City = city,
        CreatedBy = createdBy,
        CreatedAt = now,
    };
}
