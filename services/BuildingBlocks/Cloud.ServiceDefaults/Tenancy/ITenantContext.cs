namespace Cloud.ServiceDefaults.Tenancy;

/// <summary>The county (tenant) the current request or message acts for.</summary>
public interface ITenantContext
{
    /// <summary>6-digit county code, or null outside any county (anonymous, platform-level work).</summary>
    string? TenantId { get; }

    void Set(string tenantId);
}
