using System.Security.Claims;
using BenchmarkDotNet.Attributes;
using Cloud.Organizations.Api;
using Cloud.ServiceDefaults.Auth;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.DependencyInjection;

namespace Cloud.Benchmarks;

/// <summary>
/// Issue 4's subtree target, for the largest real counties: 3,500 organizations (20 townships of 175). The service's
/// subtree query (EF, tenant interceptor, RLS, mapping to responses) for the whole county and for one township,
/// against the same query written by hand over the same tables in the same run. Target: ratio ≤ 1.5, under 20 ms.
/// </summary>
[MemoryDiagnoser]
[Config(typeof(RatioConfig))]
[SimpleJob(launchCount: 1, warmupCount: 3, iterationCount: 15)]
public class OrganizationTreeBenchmarks : CountyBenchmark
{
    private const int Townships = 20;
    // A county-wide user: no org scope, so the whole county is visible.
    private static readonly ClaimsPrincipal CountyWide = new(new ClaimsIdentity());
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
    }

    [GlobalCleanup]
    public Task CleanupAsync() => StopAsync();

    [Benchmark(Baseline = true, Description = "hand-written SQL")]
    public Task<int> HandWrittenSql() => HandWrittenAsync(
        """
        SELECT o.id, o.name, o.type, o.parent_organization_id, o.path::text, o.status, o.kind, o.domain, o.township, o.registered_at
        FROM organizations o
        WHERE o.path <@ (SELECT r.path FROM organizations r WHERE r.id = @root)
        ORDER BY o.path;
        """, ("root", Root));

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
