using System.Net.Http.Headers;
using System.Net.Http.Json;
using Cloud.Contracts.Organizations;
using Cloud.Reporting.Api;
using Cloud.Reporting.Data;
using Cloud.Testing;
using Npgsql;

namespace Cloud.Reporting.Tests;

/// <summary>Every consumer is idempotent: the same event delivered twice has one effect (architecture.md §5).</summary>
public sealed class InboxTests : IAsyncLifetime
{
    private ServiceHost<ReportingEntryPoint> _reporting = null!;

    public async Task InitializeAsync()
    {
        await TestDatabases.MigrateAsync<ReportingDbContext>(ReportingDbContext.DatabaseName);
        _reporting = new ServiceHost<ReportingEntryPoint>(ReportingDbContext.DatabaseName).Start();
    }

    public async Task DisposeAsync() => await _reporting.DisposeAsync();

    [Fact]
    public async Task The_same_event_delivered_twice_has_one_effect()
    {
        var county = Counties.New();
        await using var errors = await TestBus<OrganizationRegistered>.StartAsync(TestEnvironment.AmqpUrl, "reporting-organization-tree_error", bind: false);
        await using var skipped = await TestBus<OrganizationRegistered>.StartAsync(TestEnvironment.AmqpUrl, "reporting-organization-tree_skipped", bind: false);
        await using var publisher = await TestBus<OrganizationRegistered>.StartAsync(TestEnvironment.AmqpUrl);
        var once = Registered(county, "千河镇党委");
        var other = Registered(county, "千河镇东坡村党支部");

        await publisher.PublishAsync(once);
        await publisher.PublishAsync(once);
        await publisher.PublishAsync(other);
        await publisher.PublishAsync(once);

        var overview = await Eventually.WaitAsync(() => OverviewAsync(county), o => o.OrganizationCount >= 2, TimeSpan.FromSeconds(15), "both distinct events are consumed");
        await Eventually.WaitAsync(() => InboxRowsAsync(county), n => n == 2, TimeSpan.FromSeconds(15), "one inbox row per distinct event");
        await Task.Delay(TimeSpan.FromSeconds(1)); // let any redelivery finish before looking for a second effect

        Assert.Equal(2, (await OverviewAsync(county)).OrganizationCount);
        Assert.Equal(2, await InboxRowsAsync(county));
        Assert.Equal(2, overview.OrganizationCount);
        Assert.DoesNotContain(errors.Received, m => m.Message.TenantId == county);
        Assert.DoesNotContain(skipped.Received, m => m.Message.TenantId == county); // a duplicate is handled, not left unconsumed
    }

    [Fact]
    public async Task The_county_committee_is_not_counted_as_a_grassroots_organization()
    {
        var county = Counties.New();
        await using var publisher = await TestBus<OrganizationRegistered>.StartAsync(TestEnvironment.AmqpUrl);

        await publisher.PublishAsync(Registered(county, "中共测试县委员会") with { Type = "CountyCommittee" });
        await publisher.PublishAsync(Registered(county, "中共测试县城关镇委员会") with { Type = "PrimaryCommittee" });

        await Eventually.WaitAsync(() => InboxRowsAsync(county), n => n == 2, TimeSpan.FromSeconds(15), "both events are consumed");
        var overview = await OverviewAsync(county);
        Assert.Equal(1, overview.OrganizationCount);
        Assert.False(overview.OrganizationsByType.ContainsKey("CountyCommittee"));
    }

    private static OrganizationRegistered Registered(string county, string name) =>
        new(county, Guid.NewGuid(), DateTimeOffset.UtcNow, Guid.NewGuid(), name, "Branch", null);

    private async Task<CountyOverview> OverviewAsync(string county)
    {
        var client = _reporting.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", TestTokens.CountyAdmin(county));
        return (await client.GetFromJsonAsync<CountyOverview>("/api/reporting/overview"))!;
    }

    private static async Task<int> InboxRowsAsync(string county)
    {
        await using var connection = new NpgsqlConnection(TestEnvironment.ConnectionString(ReportingDbContext.DatabaseName, "app"));
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("SELECT set_config('app.tenant_id', @county, false); SELECT count(*)::int FROM inbox", connection);
        command.Parameters.AddWithValue("county", county);
        await using var reader = await command.ExecuteReaderAsync();
        await reader.NextResultAsync();
        await reader.ReadAsync();
        return reader.GetInt32(0);
    }
}
