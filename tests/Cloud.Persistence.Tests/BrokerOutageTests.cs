using Cloud.Contracts.Organizations;
using Cloud.Persistence.Tests.Support;
using Cloud.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Cloud.Persistence.Tests;

/// <summary>Nothing committed is lost while the broker is down (architecture.md §5).</summary>
[Collection(BusFixture.Name)]
public sealed class BrokerOutageTests
{
    [Fact]
    public async Task With_the_broker_down_writes_succeed_and_every_event_arrives_after_it_is_back()
    {
        const int writes = 20;
        var county = Counties.New();
        var queue = $"outbox-outage-{Guid.NewGuid():N}";
        await using var broker = new RabbitNode();
        await broker.StartAsync();
        await using var host = await PersistenceHost.StartAsync(new Dictionary<string, string?>
        {
            ["ConnectionStrings:messaging"] = broker.AmqpUrl,
            ["Outbox:PublishTimeout"] = "00:00:02",
            ["Outbox:MaxBackoff"] = "00:00:01",
        });
        await (await TestBus<OrganizationRegistered>.StartAsync(broker.AmqpUrl, queue)).DisposeAsync(); // a durable queue, bound, waiting

        await broker.StopAsync();
        Assert.Equal(HealthStatus.Unhealthy, await HealthAsync(host)); // 503
        for (var i = 0; i < writes; i++)
        {
            await Notes.WriteAsync(host, county); // commits: the outbox needs no broker
        }

        await Task.Delay(TimeSpan.FromSeconds(3)); // the relay tries (and fails) meanwhile
        Assert.Equal(writes, await TestDatabase.CountAsync(county, "notes"));
        Assert.Equal(writes, await TestDatabase.CountAsync(county, "outbox WHERE sent_at IS NULL"));
        await broker.StartAsync();

        await Eventually.WaitAsync(() => TestDatabase.CountAsync(county, "outbox WHERE sent_at IS NULL"), n => n == 0, TimeSpan.FromSeconds(60), "the relay publishes them once the broker is back");
        Assert.NotEqual(HealthStatus.Unhealthy, await HealthAsync(host)); // 200 (a bus still reconnecting its endpoints is Degraded)
        await using var listener = await TestBus<OrganizationRegistered>.StartAsync(broker.AmqpUrl, queue);
        var received = await Eventually.WaitAsync(
            () => Task.FromResult(listener.Received.Where(m => m.Message.TenantId == county).Select(m => m.Message.EventId).Distinct().Count()),
            n => n == writes, OutboxTests.Delivery, "every event written while the broker was down arrives");
        Assert.Equal(writes, received);
    }

    // What a service's GET /health reports: 503 when Unhealthy, 200 otherwise.
    private static async Task<HealthStatus> HealthAsync(PersistenceHost host) =>
        (await host.Services.GetRequiredService<HealthCheckService>().CheckHealthAsync()).Status;
}
