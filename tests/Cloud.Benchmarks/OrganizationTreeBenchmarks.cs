using BenchmarkDotNet.Attributes;
using Cloud.Organizations;
using Cloud.Organizations.Api;
using Cloud.Organizations.Data;
using Cloud.Testing;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace Cloud.Benchmarks;

/// <summary>
/// Issue 4's subtree target, for the largest real counties: 3,500 organizations (20 townships of 175). The service's
/// subtree query (EF, tenant interceptor, RLS, mapping to responses) for the whole county and for one township,
/// against the same query written by hand over the same tables in the same run. Target: ratio ≤ 1.5, under 20 ms.
/// </summary>
[MemoryDiagnoser]
[Config(typeof(RatioConfig))]
[SimpleJob(launchCount: 1, warmupCount: 3, iterationCount: 15)]
public class OrganizationTreeBenchmarks
{
    private const int Townships = 20;
    private readonly string _county = Counties.New();
    private ServiceHost<OrganizationsEntryPoint> _host = null!;
    private NpgsqlDataSource _raw = null!;
    private Guid _top;
    private Guid _township;

    [Params("county", "township")]
    public string Scope { get; set; } = "county";

    private Guid Root => Scope == "county" ? _top : _township;

    [GlobalSetup]
    public async Task SetupAsync()
    {
        await TestDatabases.MigrateAsync<OrganizationsDbContext>(OrganizationsDbContext.DatabaseName);
        _host = new ServiceHost<OrganizationsEntryPoint>(OrganizationsDbContext.DatabaseName).Start();
        _raw = NpgsqlDataSource.Create(TestEnvironment.ConnectionString(OrganizationsDbContext.DatabaseName, "app") + ";Max Auto Prepare=50");

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
    }

    [GlobalCleanup]
    public async Task CleanupAsync()
    {
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
            SELECT o.id, o.name, o.type, o.parent_organization_id, o.path::text, o.status, o.kind, o.domain, o.township, o.registered_at
            FROM organizations o
            WHERE o.path <@ (SELECT r.path FROM organizations r WHERE r.id = @root)
            ORDER BY o.path;
            """, connection);
        query.Parameters.AddWithValue("county", _county);
        query.Parameters.AddWithValue("root", Root);
        await using var reader = await query.ExecuteReaderAsync();
        await reader.NextResultAsync();
        var count = 0;
        while (await reader.ReadAsync())
        {
            count++;
        }

        return count;
    }

    [Benchmark(Description = "GET subtree (EF + RLS + mapping)")]
    public async Task<int> ServiceSubtree()
    {
        using var scope = _host.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<OrganizationsDbContext>();
        db.Tenant.Set(_county);
        var result = await OrganizationsApi.GetSubtree(Root, db, CancellationToken.None);
        return result.Result is Ok<OrganizationResponse[]> ok ? ok.Value!.Length : 0;
    }

    private async Task<Guid> RegisterAsync(string name, string type, Guid? parent)
    {
        using var scope = _host.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<OrganizationsDbContext>();
        db.Tenant.Set(_county);
        var result = await OrganizationsApi.RegisterOrganization(
            new RegisterOrganizationRequest(name, type, parent), db, TimeProvider.System, CancellationToken.None);
        return result.Result is Created<OrganizationResponse> created
            ? created.Value!.Id
            : throw new InvalidOperationException($"Seeding {name} failed: {result.Result}");
    }
}
