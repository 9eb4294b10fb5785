using Cloud.Persistence.Tests.Support;
using Cloud.Testing;
using Microsoft.EntityFrameworkCore;

namespace Cloud.Persistence.Tests;

/// <summary>The county travels in front of the first command on a connection, and again whenever it may have been lost.</summary>
public sealed class TenantConnectionTests : IAsyncLifetime
{
    private PersistenceHost _host = null!;

    public async Task InitializeAsync() => _host = await PersistenceHost.StartWithoutMessagingAsync();

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task A_query_on_a_new_connection_runs_as_the_county()
    {
        var county = Counties.New();
        await using var unit = _host.Unit(county, out var db);

        Assert.Equal(county, await SettingAsync(db));
    }

    [Fact]
    public async Task After_a_failed_statement_the_county_is_set_again()
    {
        var county = Counties.New();
        await using var unit = _host.Unit(county, out var db);
        await db.Database.OpenConnectionAsync();

        await Assert.ThrowsAnyAsync<Exception>(() => db.Database.ExecuteSqlRawAsync("SELECT 1/0")); // its SET is rolled back with it

        Assert.Equal(county, await SettingAsync(db));
    }

    [Fact]
    public async Task After_a_rolled_back_transaction_the_county_is_set_again()
    {
        var county = Counties.New();
        await using var unit = _host.Unit(county, out var db);
        await db.Database.OpenConnectionAsync();
        await using (var transaction = await db.Database.BeginTransactionAsync())
        {
            var inside = await SettingAsync(db); // the connection's first command: its SET runs inside the transaction
            await transaction.RollbackAsync();
            Assert.Equal(county, inside);
        }

        Assert.Equal(county, await SettingAsync(db));
    }

    [Fact]
    public async Task A_command_sent_past_EF_gets_the_county_when_asked()
    {
        var county = Counties.New();
        await using var unit = _host.Unit(county, out var db);
        await db.Database.OpenConnectionAsync();

        await db.ApplyTenantToConnectionAsync(CancellationToken.None);
        await using var command = db.Database.GetDbConnection().CreateCommand();
        command.CommandText = "SELECT current_setting('app.tenant_id', true)";

        Assert.Equal(county, await command.ExecuteScalarAsync());
    }

    [Fact]
    public async Task Without_a_county_the_setting_is_empty()
    {
        await using var unit = _host.Unit(county: null, out var db);

        Assert.Equal(string.Empty, await SettingAsync(db));
    }

    private static Task<string> SettingAsync(TestDbContext db) =>
        db.Database.SqlQuery<string>($"SELECT current_setting('app.tenant_id', true) AS \"Value\"").SingleAsync();
}
