using Cloud.Organizations.Data;
using Cloud.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Cloud.Organizations.Tests;

/// <summary>The county travels in front of the first command on a connection, and again whenever it may have been lost.</summary>
public sealed class TenantConnectionTests(OrganizationsHost organizations) : IClassFixture<OrganizationsHost>
{
    [Fact]
    public async Task A_query_on_a_new_connection_runs_as_the_county()
    {
        await using var unit = Unit(out var db);
        var county = Counties.New();
        db.Tenant.Set(county);

        Assert.Equal(county, await SettingAsync(db));
    }

    [Fact]
    public async Task After_a_failed_statement_the_county_is_set_again()
    {
        await using var unit = Unit(out var db);
        var county = Counties.New();
        db.Tenant.Set(county);
        await db.Database.OpenConnectionAsync();

        await Assert.ThrowsAnyAsync<Exception>(() => db.Database.ExecuteSqlRawAsync("SELECT 1/0")); // its SET is rolled back with it

        Assert.Equal(county, await SettingAsync(db));
    }

    [Fact]
    public async Task After_a_rolled_back_transaction_the_county_is_set_again()
    {
        await using var unit = Unit(out var db);
        var county = Counties.New();
        db.Tenant.Set(county);
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
        await using var unit = Unit(out var db);
        var county = Counties.New();
        db.Tenant.Set(county);
        await db.Database.OpenConnectionAsync();

        await db.ApplyTenantToConnectionAsync(CancellationToken.None);
        await using var command = db.Database.GetDbConnection().CreateCommand();
        command.CommandText = "SELECT current_setting('app.tenant_id', true)";

        Assert.Equal(county, await command.ExecuteScalarAsync());
    }

    [Fact]
    public async Task Without_a_county_the_setting_is_empty()
    {
        await using var unit = Unit(out var db);

        Assert.Equal(string.Empty, await SettingAsync(db));
    }

    private AsyncServiceScope Unit(out OrganizationsDbContext db)
    {
        var scope = organizations.Host.Services.CreateAsyncScope();
        db = scope.ServiceProvider.GetRequiredService<OrganizationsDbContext>();
        return scope;
    }

    private static Task<string> SettingAsync(OrganizationsDbContext db) =>
        db.Database.SqlQuery<string>($"SELECT current_setting('app.tenant_id', true) AS \"Value\"").SingleAsync();
}
