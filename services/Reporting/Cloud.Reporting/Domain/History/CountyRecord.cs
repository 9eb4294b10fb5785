namespace Cloud.Reporting.Domain.History;

/// <summary>
/// A county on Cloud (from Identity's <c>TenantProvisioned</c>) and the city above it: the counties a city's roll-up
/// covers. Platform data, not a county's: the code and the name are public.
/// </summary>
public sealed class CountyRecord
{
    private CountyRecord()
    {
    }

    public string Code { get; private set; } = string.Empty;

    public string Name { get; private set; } = string.Empty;

    public string City { get; private set; } = string.Empty;

    public DateTimeOffset ProvisionedAt { get; private set; }
}
