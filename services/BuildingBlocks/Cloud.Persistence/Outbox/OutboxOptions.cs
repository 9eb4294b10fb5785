namespace Cloud.Persistence.Outbox;

/// <summary>The <c>Outbox</c> configuration section.</summary>
public sealed class OutboxOptions
{
    public const string Section = "Outbox";

    /// <summary>How long the relay sleeps when it found nothing to send.</summary>
    public TimeSpan IdleDelay { get; set; } = TimeSpan.FromMilliseconds(250);

    public int BatchSize { get; set; } = 100;

    /// <summary>A publish that takes longer is treated as a broker outage and retried later.</summary>
    public TimeSpan PublishTimeout { get; set; } = TimeSpan.FromSeconds(5);

    public TimeSpan MaxBackoff { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Sent rows and inbox rows older than this are deleted.</summary>
    public TimeSpan Retention { get; set; } = TimeSpan.FromDays(7);

    public TimeSpan CleanupInterval { get; set; } = TimeSpan.FromHours(1);

    /// <summary>How often the relay reads its lag for the <c>cloud.outbox.*</c> gauges.</summary>
    public TimeSpan LagInterval { get; set; } = TimeSpan.FromSeconds(5);
}
