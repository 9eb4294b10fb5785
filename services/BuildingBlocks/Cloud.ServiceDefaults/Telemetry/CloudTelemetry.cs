namespace Cloud.ServiceDefaults.Telemetry;

/// <summary>Activity sources and meters every process listens to.</summary>
public static class CloudTelemetry
{
    /// <summary>Our own spans (outbox relay, inbox).</summary>
    public const string ActivitySourceName = "Cloud";

    public static readonly System.Diagnostics.ActivitySource Source = new(ActivitySourceName);

    public static readonly string[] TraceSources = [ActivitySourceName, "Npgsql", "MassTransit", "Yarp.ReverseProxy"];

    /// <summary>Consumer counts, outbox lag and error-queue depth (Cloud.Persistence's messaging metrics).</summary>
    public const string MessagingMeterName = "Cloud.Messaging";

    public static readonly string[] Meters = ["Npgsql", "MassTransit", MessagingMeterName];
}
