using System.Diagnostics;

namespace Cloud.ServiceDefaults.Tenancy;

/// <summary>Scoped holder of the current county; set once from the token or the message, never from a header or body.</summary>
public sealed class TenantContext : ITenantContext
{
    public const string ClaimType = "tenant";

    public string? TenantId { get; private set; }

    public void Set(string tenantId)
    {
        if (!CountyCode.IsValid(tenantId))
        {
            throw new ArgumentException("A tenant is a 6-digit county code.", nameof(tenantId));
        }

        if (TenantId is not null && TenantId != tenantId)
        {
            throw new InvalidOperationException("The tenant of a scope cannot change once set.");
        }

        TenantId = tenantId;
        TenantTelemetry.Tag(Activity.Current, tenantId);
    }
}
