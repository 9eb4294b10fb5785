using BenchmarkDotNet.Attributes;
using Cloud.Organizations.Api;
using Cloud.ServiceDefaults.Auth;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace Cloud.Benchmarks;

/// <summary>
/// Issue 4's subtree target, for the largest real counties: 3,500 organizations (20 townships of 175). The service's
/// subtree query (EF, tenant interceptor, RLS, mapping to responses) for the whole county and for one township,
/// against the same query written by hand over the same table, read into the same response records by hand, in the
/// same run. Target: ratio ≤ 1.5, p95 under 20 ms.
/// </summary>
[MemoryDiagnoser]
[Config(typeof(RatioConfig))]
// Ten warm-ups, as for the tree as of a date: tiered JIT is still at work on a 3,500-row read loop after three.
[SimpleJob(launchCount: 1, warmupCount: 10, iterationCount: 15)]
public class OrganizationTreeBenchmarks : CountyBenchmark
{
    private const int Townships = 20;
    private Guid _top;
    private Guid _township;

    [Params("county", "township")]
    public string Scope { get; set; } = "county";

    private Guid Root => Scope == "county" ? _top : _township;

    [GlobalSetup]
    public async Task SetupAsync()
    {
        await StartAsync();
        _top = await RegisterAsync("中共基准县城关镇委员会", "PrimaryCommittee", null);
        for (var t = 0; t < Townships; t++)
        {
            var township = await RegisterAsync($"中共基准县第{t + 1}镇委员会", "PrimaryCommittee", _top);
            _township = township;
            for (var g = 0; g < 4; g++)
            {
                var general = await RegisterAsync($"第{t + 1}镇第{g + 1}党总支", "GeneralBranch", township);
                for (var b = 0; b < 10; b++)
                {
                    await RegisterAsync($"第{t + 1}镇第{g + 1}总支第{b + 1}支部", "Branch", general);
                }
            }

            for (var b = 0; b < 130; b++)
            {
                await RegisterAsync($"第{t + 1}镇第{b + 1}村党支部", "Branch", township);
            }
        }

        await SettleAsync("organizations");
    }

    [GlobalCleanup]
    public Task CleanupAsync() => StopAsync();

    // The baseline reads what the service returns: every row's values into the same response records, by hand, in the
    // same order (each parent before its children).
    [Benchmark(Baseline = true, Description = "hand-written SQL + hand mapping")]
    public Task<int> HandWrittenSql() => ReadAsCountyAsync(
        """
        SELECT o.id, o.name, o.type, o.parent_organization_id, o.registered_at, o.kind, o.domain, o.status, o.path::text, o.township,
               o.effective_from, o.dissolved_on, o.merged_into_organization_id, o.short_name, o.approval_doc_no, o.approved_on,
               o.temporary_task_ends_on
        FROM organizations o
        WHERE o.path <@ (SELECT r.path FROM organizations r WHERE r.id = @root)
        ORDER BY o.path::text COLLATE "C";
        """,
        async reader =>
        {
            var subtree = new List<OrganizationResponse>();
            while (await reader.ReadAsync())
            {
                subtree.Add(new OrganizationResponse(
                    reader.GetGuid(0), reader.GetString(1), reader.GetString(2), NullableGuid(reader, 3), reader.GetFieldValue<DateTimeOffset>(4),
                    NullableString(reader, 5), NullableString(reader, 6), reader.GetString(7), reader.GetString(8), NullableString(reader, 9),
                    reader.GetFieldValue<DateOnly>(10), NullableDate(reader, 11), NullableGuid(reader, 12), NullableString(reader, 13),
                    NullableString(reader, 14), NullableDate(reader, 15), NullableDate(reader, 16)));
            }

            return subtree.Count;
        },
        ("root", Root));

    private static string? NullableString(NpgsqlDataReader reader, int ordinal) => reader.IsDBNull(ordinal) ? null : reader.GetString(ordinal);

    private static Guid? NullableGuid(NpgsqlDataReader reader, int ordinal) => reader.IsDBNull(ordinal) ? null : reader.GetGuid(ordinal);

    private static DateOnly? NullableDate(NpgsqlDataReader reader, int ordinal) => reader.IsDBNull(ordinal) ? null : reader.GetFieldValue<DateOnly>(ordinal);

    [Benchmark(Description = "GET subtree (EF + RLS + mapping)")]
    public async Task<int> ServiceSubtree()
    {
        var (scope, db) = UnitOfWork();
        using var _ = scope;
        var result = await OrganizationsApi.GetSubtree(Root, CountyWide, db, scope.ServiceProvider.GetRequiredService<IOrganizationScope>(), CancellationToken.None);
        return result.Result is Ok<OrganizationResponse[]> ok ? ok.Value!.Length : 0;
    }

    private async Task<Guid> RegisterAsync(string name, string type, Guid? parent)
    {
        var (scope, db) = UnitOfWork();
        using var _ = scope;
        var result = await OrganizationsApi.RegisterOrganization(
            new RegisterOrganizationRequest(name, type, parent), CountyWide, db, TimeProvider.System, CancellationToken.None);
        return result.Result is Created<OrganizationResponse> created
            ? created.Value!.Id
            : throw new InvalidOperationException($"Seeding {name} failed: {result.Result}");
    }
}
