using System.Collections.Concurrent;
using Cloud.Persistence.Messaging;
using MassTransit;

namespace Cloud.Testing;

/// <summary>A bus of the test's own with one queue that collects every <typeparamref name="TEvent"/> it receives.</summary>
public sealed class TestBus<TEvent> : IAsyncDisposable
    where TEvent : class
{
    private readonly IBusControl _bus;

    private TestBus(IBusControl bus) => _bus = bus;

    public ConcurrentBag<ConsumeContext<TEvent>> Received { get; } = [];

    public IBus Bus => _bus;

    /// <summary>
    /// Starts the bus on <paramref name="queue"/> (a new queue by default, deleted when the bus stops); <paramref name="bind"/> false listens
    /// to a queue as it is (e.g. an error queue) without binding it to the event's exchange.
    /// </summary>
    public static async Task<TestBus<TEvent>> StartAsync(string amqpUrl, string? queue = null, bool bind = true)
    {
        TestBus<TEvent>? collector = null;
        var broker = BrokerAddress.Parse(amqpUrl);
        var bus = MassTransit.Bus.Factory.CreateUsingRabbitMq(rabbit =>
        {
            rabbit.Host(broker.Host, broker.Port, broker.VirtualHost, host =>
            {
                host.Username(broker.Username);
                host.Password(broker.Password);
            });
            rabbit.ReceiveEndpoint(queue ?? $"test-{typeof(TEvent).Name}-{Guid.NewGuid():N}", endpoint =>
            {
                endpoint.ConfigureConsumeTopology = bind;
                if (queue is null)
                {
                    // The test's own queue goes with the test bus: left behind, it would collect every later event of
                    // the run (a 50,000-row import publishes 50,000) and weigh on the broker for everyone.
                    endpoint.AutoDelete = true;
                    endpoint.Durable = false;
                }

                endpoint.Handler<TEvent>(context =>
                {
                    collector!.Received.Add(context);
                    return Task.CompletedTask;
                });
            });
        });
        collector = new TestBus<TEvent>(bus);
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        await bus.StartAsync(timeout.Token);
        return collector;
    }

    /// <summary>Publishes with the event id as message id, as the outbox relay does.</summary>
    public Task PublishAsync<T>(T message)
        where T : class, Cloud.Contracts.IIntegrationEvent =>
        _bus.Publish(message, context => context.MessageId = message.EventId);

    /// <summary>Publishes an event of any type as its own type (not as the interface), with the event id as message id.</summary>
    public Task PublishObjectAsync(Cloud.Contracts.IIntegrationEvent message) =>
        _bus.Publish(message, message.GetType(), context => context.MessageId = message.EventId);

    public async ValueTask DisposeAsync() => await _bus.StopAsync(TimeSpan.FromSeconds(10));
}
