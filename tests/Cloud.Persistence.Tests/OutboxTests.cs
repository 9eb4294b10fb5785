using Cloud.Contracts.Organizations;
using Cloud.Persistence.Outbox;
using Cloud.Persistence.Tests.Support;
using Cloud.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Cloud.Persistence.Tests;

/// <summary>Nothing is published that was not committed, and nothing committed is lost (architecture.md §5).</summary>
[Collection(BusFixture.Name)]
public sealed class OutboxTests : IAsyncLifetime
{
    internal static readonly TimeSpan Delivery = TimeSpan.FromSeconds(30);

    private PersistenceHost _host = null!;

    public async Task InitializeAsync() => _host = await PersistenceHost.StartAsync();

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task A_change_and_its_event_commit_together()
    {
        var county = Counties.New();
        await using var listener = await TestBus<OrganizationRegistered>.StartAsync(TestEnvironment.AmqpUrl);

        var note = await Notes.WriteAsync(_host, county, commit: true);

        Assert.Equal(1, await TestDatabase.CountAsync(county, "notes"));
        Assert.Equal(1, await TestDatabase.CountAsync(county, "outbox"));
        var received = await Eventually.WaitAsync(
            () => Task.FromResult(listener.Received.Where(m => m.Message.TenantId == county).ToList()),
            list => list.Count == 1, Delivery, "the committed event is published");
        Assert.Equal(note.Id, received[0].Message.OrganizationId);
        Assert.Equal(received[0].Message.EventId, received[0].MessageId);
    }

    [Fact]
    public async Task A_rolled_back_change_publishes_nothing()
    {
        var county = Counties.New();
        await using var listener = await TestBus<OrganizationRegistered>.StartAsync(TestEnvironment.AmqpUrl);

        await Notes.WriteAsync(_host, county, commit: false);
        // A committed marker from the same county proves the relay ran after the rollback.
        var marker = await Notes.WriteAsync(_host, county, commit: true);

        await Eventually.WaitAsync(
            () => Task.FromResult(listener.Received.Count(m => m.Message.TenantId == county)),
            n => n >= 1, Delivery, "the marker event is published");
        Assert.Equal(1, await TestDatabase.CountAsync(county, "notes"));
        Assert.Equal(1, await TestDatabase.CountAsync(county, "outbox"));
        Assert.Equal(marker.Id, Assert.Single(listener.Received, m => m.Message.TenantId == county).Message.OrganizationId);
    }

    [Fact]
    public async Task Sent_rows_and_inbox_rows_past_the_retention_window_are_deleted_and_unsent_rows_kept()
    {
        var county = Counties.New();
        await using (var app = await TestDatabase.OpenAsync("app", county))
        {
            await using var seed = new Npgsql.NpgsqlCommand(
                """
                INSERT INTO outbox (tenant_id, id, type, payload, created_at, next_attempt_at, attempts, sent_at) VALUES
                  (@county, gen_random_uuid(), 'old-sent', '{}', now() - interval '30 days', now(), 1, now() - interval '30 days'),
                  (@county, gen_random_uuid(), 'new-sent', '{}', now() - interval '1 hour', now(), 1, now() - interval '1 hour'),
                  (@county, gen_random_uuid(), 'old-unsent', '{}', now() - interval '30 days', now() + interval '1 day', 3, NULL);
                INSERT INTO inbox (tenant_id, consumer, message_id, received_at) VALUES
                  (@county, 'test', gen_random_uuid(), now() - interval '30 days'),
                  (@county, 'test', gen_random_uuid(), now());
                """, app);
            seed.Parameters.AddWithValue("county", county);
            await seed.ExecuteNonQueryAsync();
        }

        var relay = _host.Services.GetServices<IHostedService>().OfType<OutboxRelay>().Single();
        await relay.CleanupAsync(CancellationToken.None);

        Assert.Equal(0, await TestDatabase.CountAsync(county, "outbox WHERE type = 'old-sent'"));
        Assert.Equal(1, await TestDatabase.CountAsync(county, "outbox WHERE type = 'new-sent'"));
        Assert.Equal(1, await TestDatabase.CountAsync(county, "outbox WHERE type = 'old-unsent'"));
        Assert.Equal(1, await TestDatabase.CountAsync(county, "inbox"));
    }
}
