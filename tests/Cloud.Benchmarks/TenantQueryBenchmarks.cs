using BenchmarkDotNet.Attributes;
using Microsoft.EntityFrameworkCore;

namespace Cloud.Benchmarks;

/// <summary>
/// What the tenancy machinery costs on a read: a county's 100 oldest unsent outbox rows (of 3,500) through EF with the
/// tenant interceptor, row-level security and the query filter, against the same SQL written by hand on one connection
/// that sets the county in the same round trip and reads the same rows into the same records. Both pass through RLS,
/// which is forced on every role, and both are prepared (Max Auto Prepare). Each side runs in its own process: EF's
/// process keeps the JIT busy tiering EF's query pipeline up for ~10-20 s here, so the warm-up is long enough for both
/// sides to be measured in the steady state a running service is in (with 3 warm-ups, half of EF's CPU was the JIT).
/// </summary>
[MemoryDiagnoser]
[Config(typeof(RatioConfig))]
[SimpleJob(launchCount: 1, warmupCount: 60, iterationCount: 15)]
public class TenantQueryBenchmarks : CountyBenchmark
{
    private const int Rows = 3_500;

    [GlobalSetup]
    public async Task SetupAsync()
    {
        await StartAsync(new() { ["Outbox:IdleDelay"] = "01:00:00" }); // the relay must not publish the rows under measurement
        await HandWrittenAsync(
            """
            INSERT INTO outbox (tenant_id, id, type, payload, created_at, next_attempt_at, attempts)
            SELECT current_setting('app.tenant_id'), gen_random_uuid(), 'benchmark', '{}', now() + n * interval '1 ms', now() + interval '1 day', 0
            FROM generate_series(1, @rows) AS n;
            """, ("rows", Rows));
    }

    [GlobalCleanup]
    public async Task CleanupAsync()
    {
        await HandWrittenAsync("DELETE FROM outbox;");
        await StopAsync();
    }

    // The statement EF sends for the query below, filter included (ToQueryString), written by hand.
    [Benchmark(Baseline = true, Description = "hand-written SQL")]
    public Task<int> HandWrittenSql() =>
        ReadAsCountyAsync(
            "SELECT o.id, o.type, o.created_at FROM outbox AS o WHERE o.tenant_id = @county AND o.sent_at IS NULL ORDER BY o.created_at LIMIT @limit;",
            async reader =>
            {
                var rows = new List<UnsentRow>();
                while (await reader.ReadAsync())
                {
                    rows.Add(new UnsentRow(reader.GetGuid(0), reader.GetString(1), reader.GetFieldValue<DateTimeOffset>(2)));
                }

                return rows.Count;
            },
            ("limit", 100));

    [Benchmark(Description = "EF + tenant interceptor + RLS + filter")]
    public async Task<int> ThroughTheDbContext()
    {
        var (scope, db) = UnitOfWork();
        using (scope)
        {
            var rows = await db.Outbox.AsNoTracking()
                .Where(m => m.SentAt == null)
                .OrderBy(m => m.CreatedAt)
                .Take(100)
                .Select(m => new UnsentRow(m.Id, m.Type, m.CreatedAt))
                .ToListAsync();
            return rows.Count;
        }
    }

    private sealed record UnsentRow(Guid Id, string Type, DateTimeOffset CreatedAt);
}
