using System.Diagnostics;

namespace Cloud.ServiceDefaults.Tenancy;

/// <summary>Puts the county on a span and on its baggage, so every child span in this process inherits it.</summary>
public static class TenantTelemetry
{
    public const string TagName = "cloud.tenant_id";

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
