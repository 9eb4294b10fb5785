using System.Net;
using System.Net.Http.Json;
using Cloud.Contracts.Organizations;
using Cloud.Organizations.Data;
using Cloud.Testing;

namespace Cloud.Organizations.Tests;

/// <summary>Nothing committed is lost while the broker is down (architecture.md §5).</summary>
[Collection(RelayFixture.Name)]
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
        await using var host = new ServiceHost<OrganizationsEntryPoint>(OrganizationsDbContext.DatabaseName, new Dictionary<string, string?>
        {
            ["ConnectionStrings:messaging"] = broker.AmqpUrl,
            ["Outbox:PublishTimeout"] = "00:00:02",
            ["Outbox:MaxBackoff"] = "00:00:01",
        }).Start();
        await (await TestBus<OrganizationRegistered>.StartAsync(broker.AmqpUrl, queue)).DisposeAsync(); // a durable queue, bound, waiting
        var client = host.CreateClient();
        client.DefaultRequestHeaders.Authorization = new("Bearer", TestTokens.CountyAdmin(county));

        await broker.StopAsync();
        Assert.Equal(HttpStatusCode.ServiceUnavailable, (await client.GetAsync("/health")).StatusCode);
        for (var i = 0; i < writes; i++)
        {
            var response = await client.PostAsJsonAsync("/api/organizations", new { name = $"断网测试第{i + 1}支部", type = "Branch" });
            Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        }

        await Task.Delay(TimeSpan.FromSeconds(3)); // the relay tries (and fails) meanwhile
        Assert.Equal(writes, await OutboxTests.CountAsync(county, "outbox WHERE sent_at IS NULL"));
        await broker.StartAsync();

        await Eventually.WaitAsync(() => OutboxTests.CountAsync(county, "outbox WHERE sent_at IS NULL"), n => n == 0, TimeSpan.FromSeconds(60), "the relay publishes them once the broker is back");
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/health")).StatusCode);
        await using var listener = await TestBus<OrganizationRegistered>.StartAsync(broker.AmqpUrl, queue);
        var received = await Eventually.WaitAsync(
            () => Task.FromResult(listener.Received.Where(m => m.Message.TenantId == county).Select(m => m.Message.EventId).Distinct().Count()),
            n => n == writes, OutboxTests.Delivery, "every event written while the broker was down arrives");
        Assert.Equal(writes, received);
    }
}
