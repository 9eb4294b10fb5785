using System.Security.Claims;
using Cloud.Organizations;
using Cloud.Organizations.Data;
using Cloud.Testing;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace Cloud.Benchmarks;

/// <summary>
/// One county in the Organizations database: the service hosted as it runs (for our code path) and a raw data source as
/// the app role (for the hand-written baseline), both under the same forced row-level security.
/// </summary>
public abstract class CountyBenchmark
{
    /// <summary>A county-wide user (no org scope): the benchmarks measure the whole county's queries.</summary>
    protected static readonly ClaimsPrincipal CountyWide = new(new ClaimsIdentity());

    protected string County { get; } = Counties.New();

    protected ServiceHost<OrganizationsEntryPoint> Host { get; private set; } = null!;

    protected NpgsqlDataSource Raw { get; private set; } = null!;

    protected async Task StartAsync(Dictionary<string, string?>? settings = null)
    {
        await TestDatabases.MigrateAsync<OrganizationsDbContext>(OrganizationsDbContext.DatabaseName);
        Host = new ServiceHost<OrganizationsEntryPoint>(OrganizationsDbContext.DatabaseName, settings).Start();
        Raw = NpgsqlDataSource.Create(TestEnvironment.ConnectionString(OrganizationsDbContext.DatabaseName, "app") + ";Max Auto Prepare=50");
    }

    protected async Task StopAsync()
    {
        await Raw.DisposeAsync();
        await Host.DisposeAsync();
    }

    /// <summary>
    /// After a setup's writes: waits until the outbox relay has published the county's events (otherwise it publishes
    /// thousands of them on the same two cores while the iterations run) and lets the planner see the tables as a county
    /// in steady state has them (autovacuum would have analyzed them within a minute).
    /// </summary>
    protected async Task SettleAsync(params string[] tables)
    {
        var deadline = DateTime.UtcNow.AddMinutes(5);
        while (await ScalarAsync("SELECT count(*) FROM outbox WHERE sent_at IS NULL") > 0 && DateTime.UtcNow < deadline)
        {
            await Task.Delay(500);
        }

        await using var owner = new NpgsqlConnection(TestEnvironment.ConnectionString(OrganizationsDbContext.DatabaseName, "owner"));
        await owner.OpenAsync();
        foreach (var table in tables)
        {
            await using var vacuum = new NpgsqlCommand($"VACUUM ANALYZE {table}", owner);
            await vacuum.ExecuteNonQueryAsync();
        }
    }

    private Task<long> ScalarAsync(string sql) =>
        ReadAsCountyAsync(sql, async reader =>
        {
            await reader.ReadAsync();
            return reader.GetInt64(0);
        });

    /// <summary>A unit of work of the service, acting for the benchmark's county.</summary>
    protected (IServiceScope Scope, OrganizationsDbContext Db) UnitOfWork()
    {
        var scope = Host.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<OrganizationsDbContext>();
        db.Tenant.Set(County);
        return (scope, db);
    }

    /// <summary>Runs <paramref name="sql"/> after setting the county on the connection, in one round trip; returns the rows read.</summary>
    protected Task<int> HandWrittenAsync(string sql, params (string Name, object Value)[] parameters) =>
        ReadAsCountyAsync(sql, async reader =>
        {
            var rows = 0;
            while (await reader.ReadAsync())
            {
                rows++;
            }

            return rows;
        }, parameters);

    /// <summary>
    /// Runs <paramref name="sql"/> as the app role after setting the county on the connection, in one round trip (the
    /// baselines pay what the service's interceptor pays), and hands its result to <paramref name="read"/>.
    /// </summary>
    protected async Task<T> ReadAsCountyAsync<T>(string sql, Func<NpgsqlDataReader, Task<T>> read, params (string Name, object Value)[] parameters)
    {
        await using var connection = await Raw.OpenConnectionAsync();
        await using var command = new NpgsqlCommand("SELECT set_config('app.tenant_id', @county, false);\n" + sql, connection);
        command.Parameters.AddWithValue("county", County);
        foreach (var (name, value) in parameters)
        {
            command.Parameters.AddWithValue(name, value);
        }

        await using var reader = await command.ExecuteReaderAsync();
        await reader.NextResultAsync();
        return await read(reader);
    }
}
