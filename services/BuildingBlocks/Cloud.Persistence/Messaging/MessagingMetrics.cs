using System.Diagnostics.Metrics;
using Cloud.Persistence.Outbox;
using Cloud.ServiceDefaults.Telemetry;
using Cloud.ServiceDefaults.Tenancy;

namespace Cloud.Persistence.Messaging;

/// <summary>
/// The service's <c>Cloud.Messaging</c> meter: consumer outcomes per consumer and county, outbox lag, and the depth of
/// its error and skipped queues. Gauges report the last reading (taken by the relay and the queue monitor), so a scrape
/// never touches the database or the broker.
/// </summary>
public sealed class MessagingMetrics
{
    public const string Consumed = "consumed";
    public const string Duplicate = "duplicate";
    public const string Failed = "failed";

    private readonly Counter<long> _messages;
    private volatile OutboxLag? _outbox;
    private volatile QueueDepths _queues = QueueDepths.None;

    public MessagingMetrics(IMeterFactory meterFactory)
    {
        var meter = meterFactory.Create(CloudTelemetry.MessagingMeterName);
        _messages = meter.CreateCounter<long>("cloud.consumer.messages", "{message}", "Messages through the inbox filter, by consumer, outcome and county.");
        meter.CreateObservableGauge("cloud.outbox.unsent", () => Reading(_outbox?.Unsent), "{message}", "Outbox rows not yet published, all counties.");
        meter.CreateObservableGauge("cloud.outbox.oldest_unsent_age", () => Reading(_outbox?.OldestUnsentAge.TotalSeconds), "s", "Age of the oldest unpublished outbox row.");
        meter.CreateObservableGauge("cloud.messaging.error_queue.depth", () => _queues.Error.Select(Depth), "{message}", "Messages in each _error queue of the service's endpoints.");
        meter.CreateObservableGauge("cloud.messaging.skipped_queue.depth", () => _queues.Skipped.Select(Depth), "{message}", "Messages in each _skipped queue of the service's endpoints.");
    }

    public OutboxLag? Outbox
    {
        get => _outbox;
        set => _outbox = value;
    }

    public QueueDepths Queues
    {
        get => _queues;
        set => _queues = value;
    }

    /// <summary>One message through a consumer; the county is the event's, the consumer its endpoint and message type (both bounded).</summary>
    public void Count(string consumer, string outcome, string county) =>
        _messages.Add(1, new("consumer", consumer), new("outcome", outcome), new(TenantTelemetry.TagName, county));

    private static Measurement<long> Depth(KeyValuePair<string, long> queue) => new(queue.Value, new KeyValuePair<string, object?>("queue", queue.Key));

    // Nothing until the first reading: a gauge of 0 before the relay looked would claim an empty outbox.
    private static IEnumerable<Measurement<T>> Reading<T>(T? value)
        where T : struct => value is { } v ? [new Measurement<T>(v)] : [];
}
