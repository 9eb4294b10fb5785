using BenchmarkDotNet.Attributes;
using Cloud.Organizations;
using Cloud.Organizations.Data;
using Cloud.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace Cloud.Benchmarks;

/// <summary>
/// What the tenancy machinery costs on a read: a county's 100 oldest unsent outbox rows (of 3,500) through EF with the
/// tenant interceptor, row-level security and the query filter, against the same query written by hand on one
/// connection that sets the county itself. Both pass through RLS, which is forced on every role.
/// </summary>
[MemoryDiagnoser]
[Config(typeof(RatioConfig))]
[SimpleJob(launchCount: 1, warmupCount: 3, iterationCount: 10)]
public class TenantQueryBenchmarks
{
    private const int Rows = 3_500;
    private readonly string _county = Counties.New();
    private ServiceHost<OrganizationsEntryPoint> _host = null!;
    private NpgsqlDataSource _raw = null!;

    [GlobalSetup]
    public async Task SetupAsync()
    {
        await TestDatabases.MigrateAsync<OrganizationsDbContext>(OrganizationsDbContext.DatabaseName);
        _host = new ServiceHost<OrganizationsEntryPoint>(OrganizationsDbContext.DatabaseName, new Dictionary<string, string?>
        {
            ["Outbox:IdleDelay"] = "01:00:00", // the relay must not publish the rows under measurement
        }).Start();
        _raw = NpgsqlDataSource.Create(TestEnvironment.ConnectionString(OrganizationsDbContext.DatabaseName, "app") + ";Max Auto Prepare=50");
        await using var connection = await _raw.OpenConnectionAsync();
        await using var seed = new NpgsqlCommand(
            """
            SELECT set_config('app.tenant_id', @county, false);
            INSERT INTO outbox (tenant_id, id, type, payload, created_at, next_attempt_at, attempts)
            SELECT @county, gen_random_uuid(), 'benchmark', '{}', now() + n * interval '1 ms', now() + interval '1 day', 0
            FROM generate_series(1, @rows) AS n;
            """, connection);
        seed.Parameters.AddWithValue("county", _county);
        seed.Parameters.AddWithValue("rows", Rows);
        await seed.ExecuteNonQueryAsync();
    }

    [GlobalCleanup]
    public async Task CleanupAsync()
    {
        await using (var connection = await _raw.OpenConnectionAsync())
        {
            await using var delete = new NpgsqlCommand("SELECT set_config('app.tenant_id', @county, false); DELETE FROM outbox;", connection);
            delete.Parameters.AddWithValue("county", _county);
            await delete.ExecuteNonQueryAsync();
        }

        await _raw.DisposeAsync();
        await _host.DisposeAsync();
    }

    [Benchmark(Baseline = true, Description = "hand-written SQL")]
    public async Task<int> HandWrittenSql()
    {
        await using var connection = await _raw.OpenConnectionAsync();
        await using var query = new NpgsqlCommand(
            """
            SELECT set_config('app.tenant_id', @county, false);
            SELECT id, type, created_at FROM outbox WHERE sent_at IS NULL ORDER BY created_at LIMIT 100;
            """, connection);
        query.Parameters.AddWithValue("county", _county);
        await using var reader = await query.ExecuteReaderAsync();
        await reader.NextResultAsync();
        var count = 0;
        while (await reader.ReadAsync())
        {
            count++;
        }

        return count;
    }

    [Benchmark(Description = "EF + tenant interceptor + RLS + filter")]
    public async Task<int> ThroughTheDbContext()
    {
        using var scope = _host.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<OrganizationsDbContext>();
        db.Tenant.Set(_county);
        var rows = await db.Outbox.AsNoTracking()
            .Where(m => m.SentAt == null)
            .OrderBy(m => m.CreatedAt)
            .Take(100)
            .Select(m => new { m.Id, m.Type, m.CreatedAt })
            .ToListAsync();
        return rows.Count;
    }
}
