using System.Net;
using System.Net.Http.Json;
using Cloud.Contracts.Organizations;
using Cloud.Organizations.Data;
using Cloud.Organizations.Domain;
using Cloud.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace Cloud.Organizations.Tests;

/// <summary>Nothing is published that was not committed, and nothing committed is lost (architecture.md §5).</summary>
[Collection(RelayFixture.Name)]
public sealed class OutboxTests(OrganizationsHost organizations) : IClassFixture<OrganizationsHost>
{
    internal static readonly TimeSpan Delivery = TimeSpan.FromSeconds(30);

    [Fact]
    public async Task A_change_and_its_event_commit_together()
    {
        var county = Counties.New();
        await using var listener = await TestBus<OrganizationRegistered>.StartAsync(TestEnvironment.AmqpUrl);

        var organization = await RegisterInTransactionAsync(organizations.Host.Services, county, commit: true);

        Assert.Equal(1, await CountAsync(county, "organizations"));
        Assert.Equal(1, await CountAsync(county, "outbox"));
        var received = await Eventually.WaitAsync(
            () => Task.FromResult(listener.Received.Where(m => m.Message.TenantId == county).ToList()),
            list => list.Count == 1, Delivery, "the committed event is published");
        Assert.Equal(organization.Id, received[0].Message.OrganizationId);
        Assert.Equal(received[0].Message.EventId, received[0].MessageId);
    }

    [Fact]
    public async Task A_rolled_back_change_publishes_nothing()
    {
        var county = Counties.New();
        await using var listener = await TestBus<OrganizationRegistered>.StartAsync(TestEnvironment.AmqpUrl);

        await RegisterInTransactionAsync(organizations.Host.Services, county, commit: false);
        // A committed marker from the same county proves the relay ran after the rollback.
        var marker = await RegisterInTransactionAsync(organizations.Host.Services, county, commit: true);

        await Eventually.WaitAsync(
            () => Task.FromResult(listener.Received.Count(m => m.Message.TenantId == county)),
            n => n >= 1, Delivery, "the marker event is published");
        Assert.Equal(1, await CountAsync(county, "organizations"));
        Assert.Equal(1, await CountAsync(county, "outbox"));
        Assert.Equal(marker.Id, Assert.Single(listener.Received, m => m.Message.TenantId == county).Message.OrganizationId);
    }

    [Fact]
    public async Task Sent_rows_and_inbox_rows_past_the_retention_window_are_deleted_and_unsent_rows_kept()
    {
        var county = Counties.New();
        await using (var app = new NpgsqlConnection(TestEnvironment.ConnectionString(OrganizationsDbContext.DatabaseName, "app")))
        {
            await app.OpenAsync();
            await using var seed = new NpgsqlCommand(
                """
                SELECT set_config('app.tenant_id', @county, false);
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

        var relay = organizations.Host.Services.GetServices<Microsoft.Extensions.Hosting.IHostedService>().OfType<Cloud.Persistence.Outbox.OutboxRelay>().Single();
        await relay.CleanupAsync(CancellationToken.None);

        Assert.Equal(0, await CountAsync(county, "outbox WHERE type = 'old-sent'"));
        Assert.Equal(1, await CountAsync(county, "outbox WHERE type = 'new-sent'"));
        Assert.Equal(1, await CountAsync(county, "outbox WHERE type = 'old-unsent'"));
        Assert.Equal(1, await CountAsync(county, "inbox"));
    }

    private static async Task<Organization> RegisterInTransactionAsync(IServiceProvider services, string county, bool commit)
    {
        using var scope = services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<OrganizationsDbContext>();
        db.Tenant.Set(county);
        await using var transaction = await db.Database.BeginTransactionAsync();
        var organization = Organization.Register("事务测试支部", OrganizationType.Branch, parent: null, DateTimeOffset.UtcNow);
        db.Organizations.Add(organization);
        db.Publish(new OrganizationRegistered(county, Guid.NewGuid(), DateTimeOffset.UtcNow, organization.Id, organization.Name, "Branch", null));
        await db.SaveChangesAsync();
        if (commit)
        {
            await transaction.CommitAsync();
        }
        else
        {
            await transaction.RollbackAsync();
        }

        return organization;
    }

    /// <summary>Counts a county's rows as the owner role (bound by the same policy).</summary>
    internal static async Task<int> CountAsync(string county, string tableAndFilter)
    {
        await using var connection = new NpgsqlConnection(TestEnvironment.ConnectionString(OrganizationsDbContext.DatabaseName, "owner"));
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand($"SELECT set_config('app.tenant_id', @county, false); SELECT count(*)::int FROM {tableAndFilter}", connection);
        command.Parameters.AddWithValue("county", county);
        await using var reader = await command.ExecuteReaderAsync();
        await reader.NextResultAsync();
        await reader.ReadAsync();
        return reader.GetInt32(0);
    }
}
