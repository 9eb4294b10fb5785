using Cloud.Persistence.Messaging;
using Cloud.Persistence.OrganizationTree;
using Cloud.ServiceDefaults.Tenancy;
using Cloud.Testing;
using MassTransit;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Cloud.Persistence.Tests.Support;

/// <summary>
/// The building blocks wired as a service wires them (<c>AddCloudPersistence</c>, and with messaging
/// <c>AddCloudMessaging</c> with its relay, inbox and consumers), on the test database and the test broker.
/// </summary>
public sealed class PersistenceHost : IAsyncDisposable
{
    private readonly IHost _host;

    private PersistenceHost(IHost host) => _host = host;

    public IServiceProvider Services => _host.Services;

    /// <summary>Persistence only: no bus, no relay.</summary>
    public static Task<PersistenceHost> StartWithoutMessagingAsync() => StartAsync(messaging: false, settings: null);

    /// <summary>Persistence and messaging; <paramref name="settings"/> override the configuration (e.g. another broker).</summary>
    public static Task<PersistenceHost> StartAsync(IReadOnlyDictionary<string, string?>? settings = null) => StartAsync(messaging: true, settings);

    private static async Task<PersistenceHost> StartAsync(bool messaging, IReadOnlyDictionary<string, string?>? settings)
    {
        await TestDatabase.CreateAsync();
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { EnvironmentName = "Testing" });
        builder.Logging.ClearProviders();
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            [$"ConnectionStrings:{TestDatabase.Name}"] = TestDatabase.ConnectionString("app"),
            [$"ConnectionStrings:{TestDatabase.Name}-relay"] = TestDatabase.ConnectionString("relay"),
            ["ConnectionStrings:messaging"] = messaging ? TestEnvironment.AmqpUrl : null,
            ["Messaging:QueuePrefix"] = "persistence",
            ["Outbox:IdleDelay"] = "00:00:00.100",
        });
        builder.Configuration.AddInMemoryCollection(settings ?? new Dictionary<string, string?>());
        builder.Services.AddScoped<ITenantContext, TenantContext>();
        builder.AddCloudPersistence<TestDbContext>(TestDatabase.Name);
        if (messaging)
        {
            builder.AddCloudMessaging(bus =>
            {
                bus.AddConsumer<ReceiptConsumer>();
                bus.AddOrganizationTreeCopy();
                // The queues go with the last host that listens on them: left behind, they would collect every later
                // OrganizationRegistered of the test run.
                bus.AddConfigureEndpointsCallback((_, endpoint) =>
                {
                    if (endpoint is IRabbitMqReceiveEndpointConfigurator rabbit)
                    {
                        rabbit.AutoDelete = true;
                    }
                });
            });
        }

        var host = builder.Build();
        await host.StartAsync();
        return new PersistenceHost(host);
    }

    /// <summary>A unit of work (a request's or a message's scope) of <paramref name="county"/>, or of none.</summary>
    public AsyncServiceScope Unit(string? county, out TestDbContext db)
    {
        var scope = _host.Services.CreateAsyncScope();
        db = scope.ServiceProvider.GetRequiredService<TestDbContext>();
        if (county is not null)
        {
            db.Tenant.Set(county);
        }

        return scope;
    }

    /// <summary>Stops the bus first (it hands back what it had prefetched), then the host, as a service process ends.</summary>
    public async ValueTask DisposeAsync()
    {
        if (_host.Services.GetService<IBusControl>() is { } bus)
        {
            await bus.StopAsync(TimeSpan.FromSeconds(10));
        }

        await _host.StopAsync();
        _host.Dispose();
    }
}
