using Cloud.Contracts.Organizations;
using Cloud.Persistence.Tests.Support;
using Cloud.Testing;

namespace Cloud.Persistence.Tests;

/// <summary>Every consumer is idempotent: the same event delivered twice has one effect (architecture.md §5).</summary>
[Collection(BusFixture.Name)]
public sealed class InboxTests : IAsyncLifetime
{
    private PersistenceHost _host = null!;

    public async Task InitializeAsync() => _host = await PersistenceHost.StartAsync();

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task The_same_event_delivered_twice_has_one_effect()
    {
        var county = Counties.New();
        await using var errors = await TestBus<OrganizationRegistered>.StartAsync(TestEnvironment.AmqpUrl, $"{ReceiptConsumer.Queue}_error", bind: false);
        await using var skipped = await TestBus<OrganizationRegistered>.StartAsync(TestEnvironment.AmqpUrl, $"{ReceiptConsumer.Queue}_skipped", bind: false);
        await using var publisher = await TestBus<OrganizationRegistered>.StartAsync(TestEnvironment.AmqpUrl);
        var once = Registered(county, "千河镇党委");
        var other = Registered(county, "千河镇东坡村党支部");

        await publisher.PublishAsync(once);
        await publisher.PublishAsync(once);
        await publisher.PublishAsync(other);
        await publisher.PublishAsync(once);

        var receipts = await Eventually.WaitAsync(() => ReceiptsAsync(county), n => n >= 2, TimeSpan.FromSeconds(15), "both distinct events are consumed");
        await Eventually.WaitAsync(() => InboxRowsAsync(county), n => n == 2, TimeSpan.FromSeconds(15), "one inbox row per distinct event");
        await Task.Delay(TimeSpan.FromSeconds(1)); // let any redelivery finish before looking for a second effect

        Assert.Equal(2, await ReceiptsAsync(county));
        Assert.Equal(2, await InboxRowsAsync(county));
        Assert.Equal(2, receipts);
        Assert.DoesNotContain(errors.Received, m => m.Message.TenantId == county);
        Assert.DoesNotContain(skipped.Received, m => m.Message.TenantId == county); // a duplicate is handled, not left unconsumed
    }

    private static OrganizationRegistered Registered(string county, string name) =>
        new(county, Guid.NewGuid(), DateTimeOffset.UtcNow, Guid.NewGuid(), name, "Branch", null);

    private static Task<int> ReceiptsAsync(string county) => TestDatabase.CountAsync(county, "receipts");

    // The tree copy consumes the same events on its own queue, with inbox rows of its own.
    private static Task<int> InboxRowsAsync(string county) =>
        TestDatabase.CountAsync(county, $"inbox WHERE consumer = '{ReceiptConsumer.Queue}:{nameof(OrganizationRegistered)}'");
}
