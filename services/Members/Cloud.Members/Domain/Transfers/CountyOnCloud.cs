namespace Cloud.Members.Domain.Transfers;

/// <summary>
/// A county on Cloud, as Identity announced it (<c>TenantProvisioned</c>): one whose organization department receives
/// transfer letters in the system. Platform reference data, not a county's own records: no county key.
/// </summary>
public sealed class CountyOnCloud
{
    public const int MaxNameLength = 50;

    public string Code { get; private set; } = null!;

    public string Name { get; private set; } = null!;

    public DateTimeOffset ProvisionedAt { get; private set; }
}
