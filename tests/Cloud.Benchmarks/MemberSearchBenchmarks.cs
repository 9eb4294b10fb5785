using System.Security.Claims;
using BenchmarkDotNet.Attributes;
using Cloud.Members;
using Cloud.Members.Api.Search;
using Cloud.Members.Data;
using Cloud.Members.Domain.Members;
using Cloud.Testing;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace Cloud.Benchmarks;

/// <summary>
/// Issue 5's search: a county of 60,000 members (15 townships, 300 branches), one township's subtree with two filters
/// (women, college or above), the first page of 50 in name order. The service's code path (MemberSearch: EF, the subtree
/// and scope on the tree copy, tenant filter, RLS, mapping to list items) against the same page written by hand in one
/// statement and mapped into the same list items by hand, in the same run. Target: ratio ≤ 1.5, p95 under 20 ms.
/// </summary>
[MemoryDiagnoser]
[Config(typeof(RatioConfig))]
[SimpleJob(launchCount: 1, warmupCount: 3, iterationCount: 20)]
public class MemberSearchBenchmarks
{
    private const int Limit = 50;
    private static readonly ClaimsPrincipal CountyWide = new(new ClaimsIdentity());
    private static readonly MemberSearchFilter Filter = new(Gender: Gender.Female, EducationBand: EducationBand.CollegeOrAbove);
    private readonly string _county = Counties.New();
    private readonly DateOnly _today = DateOnly.FromDateTime(DateTime.UtcNow);
    private ServiceHost<MembersEntryPoint> _host = null!;
    private NpgsqlDataSource _raw = null!;
    private Guid _township;

    [GlobalSetup]
    public async Task SetupAsync()
    {
        await TestDatabases.MigrateAsync<MembersDbContext>(MembersDbContext.DatabaseName);
        _host = new ServiceHost<MembersEntryPoint>(MembersDbContext.DatabaseName).Start();
        _raw = NpgsqlDataSource.Create(TestEnvironment.ConnectionString(MembersDbContext.DatabaseName, "app") + ";Max Auto Prepare=50");
        _township = (await MembersCounty.SeedAsync(_raw, _county))[7];
        await using var owner = NpgsqlDataSource.Create(TestEnvironment.ConnectionString(MembersDbContext.DatabaseName, "owner"));
        // As autovacuum leaves a table after a bulk insert: statistics and the visibility map (for index-only scans).
        foreach (var table in new[] { "members", "organization_tree" })
        {
            await using var vacuum = owner.CreateCommand($"VACUUM ANALYZE {table}");
            await vacuum.ExecuteNonQueryAsync();
        }
    }

    [GlobalCleanup]
    public async Task CleanupAsync()
    {
        await _raw.DisposeAsync();
        await _host.DisposeAsync();
    }

    // The baseline reads what the endpoint returns: the page's rows into the same rows and list items, by hand.
    [Benchmark(Baseline = true, Description = "hand-written SQL + hand mapping")]
    public async Task<int> HandWrittenSql()
    {
        await using var connection = await _raw.OpenConnectionAsync();
        await using var command = new NpgsqlCommand("SELECT set_config('app.tenant_id', @county, false);\n" + PageSql, connection);
        command.Parameters.AddWithValue("county", _county);
        command.Parameters.AddWithValue("root", _township);
        command.Parameters.AddWithValue("limit", Limit + 1);
        await using var reader = await command.ExecuteReaderAsync();
        await reader.NextResultAsync();
        var rows = new List<MemberSearchRow>();
        while (await reader.ReadAsync())
        {
            rows.Add(new MemberSearchRow(
                reader.GetGuid(0), reader.GetString(1), reader.GetString(2), Enum.Parse<Gender>(reader.GetString(3)), reader.GetString(4),
                reader.GetFieldValue<DateOnly>(5), Enum.Parse<EducationLevel>(reader.GetString(6)), Enum.Parse<OccupationCategory>(reader.GetString(7)),
                Enum.Parse<EmploymentStatus>(reader.GetString(8)), Enum.Parse<MembershipStatus>(reader.GetString(9)),
                reader.IsDBNull(10) ? null : reader.GetFieldValue<DateOnly>(10), reader.GetGuid(11), reader.IsDBNull(12) ? null : reader.GetString(12),
                reader.GetBoolean(13)));
        }

        var next = rows.Count > Limit ? new SearchCursor(rows[Limit - 1].Name, rows[Limit - 1].Id).Encode() : null;
        var page = new MemberSearchPage([.. rows.Take(Limit).Select(r => MemberListItem.From(r, _today))], next);
        return page.Items.Count;
    }

    private const string PageSql = """
        SELECT m.id, m.name, m.national_id_masked, m.gender, m.ethnicity, m.birth_date, m.education, m.occupation,
               m.employment_status, m.status, m.confirmed_on, m.organization_id, o.name, m.is_leading_cadre
        FROM members m
        JOIN organization_tree o ON o.tenant_id = m.tenant_id AND o.organization_id = m.organization_id
        WHERE m.tenant_id = @county AND m.state = 'Current'
          AND o.path <@ (SELECT r.path FROM organization_tree r WHERE r.organization_id = @root)
          AND m.gender = 'Female' AND m.education IN ('Postgraduate', 'Undergraduate', 'College')
        ORDER BY m.name, m.id
        LIMIT @limit;
        """;

    [Benchmark(Description = "search page (MemberSearch: EF + scope + RLS + mapping)")]
    public async Task<int> ServiceSearch()
    {
        using var scope = _host.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<MembersDbContext>();
        db.Tenant.Set(_county);
        return (await new MemberSearch(db).PageAsync(CountyWide, _township, Filter, null, Limit, _today, CancellationToken.None)).Items.Count;
    }
}
