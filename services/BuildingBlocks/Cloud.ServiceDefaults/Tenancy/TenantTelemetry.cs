using System.Diagnostics;

namespace Cloud.ServiceDefaults.Tenancy;

/// <summary>Puts the county on a span and on its baggage, so every child span in this process inherits it.</summary>
public static class TenantTelemetry
{
    public const string TagName = "cloud.tenant_id";

    /// <summary>The tag's value on request metrics of a caller without a county (anonymous, platform operator, ops).</summary>
    public const string NoTenant = "none";

    public static void Tag(Activity? activity, string tenantId)
    {
        if (activity is null)
        {
            return;
        }

        activity.SetTag(TagName, tenantId);
        activity.SetBaggage(TagName, tenantId);
    }
}
