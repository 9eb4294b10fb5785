using Cloud.Contracts.Organizations;
using Cloud.Persistence.Tests.Support;
using Cloud.Testing;

namespace Cloud.Persistence.Tests;

/// <summary>
/// Two instances of a service consume one queue, as a scaled-out deployment does. An instance that stops while events
/// are arriving hands back what it had taken: the other handles every one.
/// </summary>
[Collection(BusFixture.Name)]
public sealed class ServiceInstanceShutdownTests
{
    [Fact]
    public async Task A_stopping_instance_loses_no_event()
    {
        const int events = 150;
        var county = Counties.New();
        await using var first = await PersistenceHost.StartAsync();
        var second = await PersistenceHost.StartAsync();
        await using var publisher = await TestBus<OrganizationRegistered>.StartAsync(TestEnvironment.AmqpUrl);
        var organizations = Enumerable.Range(0, events).Select(_ => Guid.NewGuid()).ToList();
        var publishing = Task.Run(async () =>
        {
            foreach (var organization in organizations)
            {
                await publisher.PublishAsync(new OrganizationRegistered(county, Guid.NewGuid(), DateTimeOffset.UtcNow, organization, "千河镇企业党支部", "Branch", null));
                await Task.Delay(5);
            }
        });
        await Task.Delay(300); // events are flowing to both instances
        await second.DisposeAsync(); // mid-stream
        await publishing;

        await Eventually.WaitAsync(() => TestDatabase.CountAsync(county, "receipts"), n => n >= events, TimeSpan.FromSeconds(15), "every event is handled");
        Assert.Equal(events, await TestDatabase.CountAsync(county, "receipts"));
        Assert.Equal(events, await TestDatabase.CountAsync(county, "(SELECT DISTINCT organization_id FROM receipts) handled"));
    }
}
