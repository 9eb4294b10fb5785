using System.Diagnostics;
using Cloud.ServiceDefaults.Tenancy;
using OpenTelemetry;

namespace Cloud.ServiceDefaults.Telemetry;

/// <summary>Tags every span with <c>cloud.tenant_id</c> when its parent chain carries the county in its baggage.</summary>
public sealed class TenantSpanProcessor : BaseProcessor<Activity>
{
    public override void OnStart(Activity data)
    {
        var tenant = data.GetBaggageItem(TenantTelemetry.TagName);
        if (tenant is not null)
        {
            data.SetTag(TenantTelemetry.TagName, tenant);
        }
    }

    public override void OnEnd(Activity data)
    {
        // A span started before the county was known (the server span of a request) learns it from its own baggage.
        if (data.GetTagItem(TenantTelemetry.TagName) is null && data.GetBaggageItem(TenantTelemetry.TagName) is { } tenant)
        {
            data.SetTag(TenantTelemetry.TagName, tenant);
        }
    }
}
