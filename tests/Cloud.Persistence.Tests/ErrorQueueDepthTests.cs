using System.Diagnostics.Metrics;
using Cloud.Persistence.Messaging;
using Cloud.Persistence.Outbox;
using Cloud.Testing;
using MassTransit;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Cloud.Persistence.Tests;

/// <summary>A message that keeps failing ends in its endpoint's _error queue, and the ops dashboard's gauge shows it.</summary>
public sealed class ErrorQueueDepthTests
{
    [Fact]
    public async Task A_message_whose_consumer_always_throws_shows_in_the_error_queue_depth()
    {
        var builder = Host.CreateApplicationBuilder();
        builder.Configuration["ConnectionStrings:messaging"] = TestEnvironment.AmqpUrl;
        builder.Configuration["Messaging:QueuePrefix"] = $"errq{Guid.NewGuid():N}"[..12];
        builder.Configuration["Messaging:QueueDepthInterval"] = "00:00:01";
        builder.AddCloudMessaging(bus => bus.AddConsumer<AlwaysFailingConsumer>());
        // Only the bus and the queue monitor: this host has no database, hence no outbox to relay.
        builder.Services.Remove(builder.Services.Single(s => s.ImplementationType == typeof(OutboxRelay)));
        using var host = builder.Build();
        await host.StartAsync();
        using var gauge = new QueueGauge(host.Services.GetRequiredService<IMeterFactory>());

        await host.Services.GetRequiredService<IBus>().Publish(new DoomedMessage(Guid.NewGuid()));

        var depth = await Eventually.WaitAsync(
            () => Task.FromResult(gauge.Read()), d => d.Any(q => q.Key.EndsWith("always-failing_error", StringComparison.Ordinal) && q.Value >= 1),
            TimeSpan.FromMinutes(1), "the failed message is counted in the _error queue");
        Assert.All(depth.Where(q => q.Key.EndsWith("_skipped", StringComparison.Ordinal)), q => Assert.Equal(0, q.Value));
        await host.StopAsync();
    }

    public sealed record DoomedMessage(Guid Id);

    public sealed class AlwaysFailingConsumer : IConsumer<DoomedMessage>
    {
        public Task Consume(ConsumeContext<DoomedMessage> context) => throw new InvalidOperationException("This consumer always fails.");
    }

    /// <summary>The host's error- and skipped-queue gauges (instruments of its own meter factory only), read on demand.</summary>
    private sealed class QueueGauge : IDisposable
    {
        private readonly MeterListener _listener = new();
        private readonly Dictionary<string, long> _depths = [];

        public QueueGauge(IMeterFactory meters)
        {
            _listener.InstrumentPublished = (instrument, listener) =>
            {
                if (instrument.Meter.Scope == meters && instrument.Name.EndsWith("_queue.depth", StringComparison.Ordinal))
                {
                    listener.EnableMeasurementEvents(instrument);
                }
            };
            _listener.SetMeasurementEventCallback<long>((_, value, tags, _) => _depths[(string)tags[0].Value!] = value);
            _listener.Start();
        }

        public Dictionary<string, long> Read()
        {
            _listener.RecordObservableInstruments();
            return new(_depths);
        }

        public void Dispose() => _listener.Dispose();
    }
}
