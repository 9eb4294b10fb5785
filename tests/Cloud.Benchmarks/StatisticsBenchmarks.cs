using BenchmarkDotNet.Attributes;
using Cloud.Reporting;
using Cloud.Reporting.Api;
using Cloud.Reporting.Data;
using Cloud.Reporting.Domain.Statistics;
using Cloud.Testing;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace Cloud.Benchmarks;

/// <summary>
/// Issue 12's dashboard: every indicator of 党内统计 for a 60,000-member, 3,500-organization county as of a year end (with a
/// tenth of the members moved in mid-year, so the history has two versions for them), through the service's path
/// (StatisticsReports: EF raw queries, tenant interceptor, RLS, assembly of the report and its table) against the same five
/// statements run by hand over the same read model, in the same run. Targets: p95 &lt; 100 ms, ratio ≤ 1.3.
/// </summary>
[MemoryDiagnoser]
[Config(typeof(RatioConfig))]
[SimpleJob(launchCount: 1, warmupCount: 5, iterationCount: 15)]
public class StatisticsBenchmarks
{
    private const int Townships = 20;
    private const int BranchesPerTownship = 174;
    private const int Members = 60_000;
    private static readonly DateOnly YearEnd = new(2025, 12, 31);
    private static readonly DateOnly YearStart = new(2025, 1, 1);

    private readonly string _county = Counties.New();
    private ServiceHost<ReportingEntryPoint> _host = null!;
    private NpgsqlDataSource _raw = null!;

    [GlobalSetup]
    public async Task SetupAsync()
    {
        await TestDatabases.MigrateAsync<ReportingDbContext>(ReportingDbContext.DatabaseName);
        _host = new ServiceHost<ReportingEntryPoint>(ReportingDbContext.DatabaseName).Start();
        _raw = NpgsqlDataSource.Create(TestEnvironment.ConnectionString(ReportingDbContext.DatabaseName, "app") + ";Max Auto Prepare=50");
        await using var connection = await _raw.OpenConnectionAsync();
        await using var seed = new NpgsqlCommand(SeedSql, connection);
        seed.Parameters.AddWithValue("county", _county);
        seed.CommandTimeout = 600;
        await seed.ExecuteNonQueryAsync();

        await using var owner = new NpgsqlConnection(TestEnvironment.ConnectionString(ReportingDbContext.DatabaseName, "owner"));
        await owner.OpenAsync();
        foreach (var table in new[] { HistoryTables.MemberFacts, HistoryTables.MemberStates, HistoryTables.OrganizationRecords, HistoryTables.OrganizationChanges,
                     HistoryTables.DevelopmentCases, HistoryTables.Positions, HistoryTables.Terms })
        {
            await using var vacuum = new NpgsqlCommand($"VACUUM ANALYZE {table}", owner);
            await vacuum.ExecuteNonQueryAsync();
        }

        var report = await Dashboard();
        if (report.MemberCount.Total != Members || report.OrgCountByType.Total != Townships * (BranchesPerTownship + 1))
        {
            throw new InvalidOperationException($"The seeded county reads {report.MemberCount.Total} members and {report.OrgCountByType.Total} organizations.");
        }

        if (await HandWritten() == 0)
        {
            throw new InvalidOperationException("The hand-written statements read nothing.");
        }
    }

    [GlobalCleanup]
    public async Task CleanupAsync()
    {
        await _raw.DisposeAsync();
        await _host.DisposeAsync();
    }

    [Benchmark(Baseline = true, Description = "the five statements by hand")]
    public async Task<int> HandWritten()
    {
        await using var connection = await _raw.OpenConnectionAsync();
        await using (var tenant = new NpgsqlCommand("SELECT set_config('app.tenant_id', @county, false)", connection))
        {
            tenant.Parameters.AddWithValue("county", _county);
            await tenant.ExecuteNonQueryAsync();
        }

        var rows = 0;
        foreach (var (sql, upper) in new[]
                 {
                     (StatisticsQueries.MembersStatement, AgeBandScheme.Members.UpperAges), (StatisticsQueries.NewMembersStatement, []),
                     (StatisticsQueries.PipelineStatement, []), (StatisticsQueries.OrganizationsStatement, []),
                     (StatisticsQueries.LeadershipStatement, AgeBandScheme.Secretaries.UpperAges),
                 })
        {
            await using var command = new NpgsqlCommand(sql, connection);
            command.Parameters.AddWithValue("day", YearEnd);
            command.Parameters.AddWithValue("from", YearStart);
            command.Parameters.Add(new NpgsqlParameter("root", NpgsqlTypes.NpgsqlDbType.Uuid) { Value = DBNull.Value });
            command.Parameters.AddWithValue("upper", upper.ToArray());
            await using var reader = await command.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                rows++;
            }
        }

        return rows;
    }

    [Benchmark(Description = "StatisticsReports (the dashboard's API)")]
    public async Task<StatisticsReport> Dashboard()
    {
        using var scope = _host.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<ReportingDbContext>();
        db.Tenant.Set(_county);
        return await StatisticsReports.BuildAsync(db, YearEnd, YearStart, null, CancellationToken.None);
    }

    // Deterministic ids: townships 8001-…, branches 8002-…, members 8003-…; facts spread the way a county's are.
    private static readonly string SeedSql = $"""
        SELECT set_config('app.tenant_id', @county, false);
        CREATE TEMP TABLE orgs AS
            SELECT format('00000000-0000-4000-8001-%s', lpad(to_hex(t), 12, '0'))::uuid AS id, NULL::uuid AS parent, 'PrimaryCommittee' AS type, 'Township' AS domain, '第' || t || '镇' AS township
            FROM generate_series(1, {Townships}) t
            UNION ALL
            SELECT format('00000000-0000-4000-8002-%s', lpad(to_hex(t * 1000 + b), 12, '0'))::uuid, format('00000000-0000-4000-8001-%s', lpad(to_hex(t), 12, '0'))::uuid,
                   CASE WHEN b % 20 = 0 THEN 'GeneralBranch' ELSE 'Branch' END, CASE WHEN b % 3 = 0 THEN 'Community' ELSE 'Village' END, '第' || t || '镇'
            FROM generate_series(1, {Townships}) t, generate_series(1, {BranchesPerTownship}) b;
        INSERT INTO organization_records (tenant_id, organization_id, type, kind, domain, township, established_on)
            SELECT @county, id, type, CASE WHEN type = 'Branch' THEN 'Standard' END, domain, township, DATE '2020-01-01' FROM orgs;
        INSERT INTO organization_history (tenant_id, event_id, aspect, organization_id, valid_from, occurred_at, value)
            SELECT @county, gen_random_uuid(), a.aspect, o.id, DATE '2020-01-01', now(),
                   CASE a.aspect WHEN 'Name' THEN o.township || o.id WHEN 'Parent' THEN coalesce(replace(o.parent::text, '-', ''), '') ELSE 'Active' END
            FROM orgs o, (VALUES ('Name'), ('Parent'), ('Status')) a(aspect);
        CREATE TEMP TABLE branches AS SELECT id, row_number() OVER (ORDER BY id) - 1 AS n FROM orgs WHERE parent IS NOT NULL;
        CREATE INDEX ON branches (n);
        ANALYZE branches;
        CREATE TEMP TABLE people AS
            SELECT format('00000000-0000-4000-8003-%s', lpad(to_hex(i), 12, '0'))::uuid AS id, i,
                   (SELECT id FROM branches WHERE n = i % (SELECT count(*) FROM branches)) AS organization_id,
                   DATE '1975-07-01' + ((i % 50) * 365) AS admitted
            FROM generate_series(1, {Members}) i;
        CREATE INDEX ON people (organization_id);
        ANALYZE people;
        INSERT INTO member_facts_history (tenant_id, event_id, member_id, valid_from, valid_to, occurred_at, organization_id, gender, birth_year, is_minority,
                education_band, occupation, employment_status, membership_status, admission_approved_on, confirmed_on, is_leading_cadre, work_unit_id)
            SELECT @county, gen_random_uuid(), id, admitted, CASE WHEN i % 10 = 0 THEN DATE '2025-06-01' END, now(), organization_id,
                   CASE WHEN i % 4 = 0 THEN 'Female' ELSE 'Male' END, 1940 + i % 65, i % 3 = 0,
                   (ARRAY['CollegeOrAbove', 'Secondary', 'JuniorHighOrBelow'])[1 + i % 3],
                   (ARRAY['Worker', 'FarmerHerderFisher', 'ProfessionalTechnical', 'Manager', 'PartyGovernmentStaff', 'Student', 'Retired', 'Other'])[1 + i % 8],
                   CASE WHEN i % 5 = 0 THEN 'Retired' ELSE 'Active' END, CASE WHEN i % 20 = 0 THEN 'Probationary' ELSE 'Full' END,
                   admitted, CASE WHEN i % 20 <> 0 THEN admitted + 365 END, false, NULL
            FROM people;
        INSERT INTO member_facts_history (tenant_id, event_id, member_id, valid_from, occurred_at, organization_id, gender, birth_year, is_minority,
                education_band, occupation, employment_status, membership_status, admission_approved_on, confirmed_on, is_leading_cadre, work_unit_id)
            SELECT @county, gen_random_uuid(), id, DATE '2025-06-01', now(), (SELECT id FROM branches WHERE n = (i * 7) % (SELECT count(*) FROM branches)),
                   CASE WHEN i % 4 = 0 THEN 'Female' ELSE 'Male' END, 1940 + i % 65, i % 3 = 0, 'CollegeOrAbove', 'Worker', 'Active', 'Full', admitted, admitted + 365, false, NULL
            FROM people WHERE i % 10 = 0;
        INSERT INTO member_state_history (tenant_id, event_id, aspect, member_id, valid_from, occurred_at, source, value)
            SELECT @county, gen_random_uuid(), 'Roll', id, admitted, now(), 'MemberRegistered', 'On' FROM people;
        INSERT INTO member_state_history (tenant_id, event_id, aspect, member_id, valid_from, occurred_at, source, value)
            SELECT @county, gen_random_uuid(), 'Mobile', id, DATE '2025-03-01', now(), 'MobileStatusChanged', 'On' FROM people WHERE i % 25 = 0;
        INSERT INTO development_case_history (tenant_id, event_id, case_id, valid_from, occurred_at, organization_id, stage, application_on,
                gender, birth_year, is_minority, education_band, occupation, is_league_member)
            SELECT @county, gen_random_uuid(), gen_random_uuid(), DATE '2025-01-01' + (i % 300), now(), (SELECT id FROM branches WHERE n = i % (SELECT count(*) FROM branches)),
                   (ARRAY['Applicant', 'Activist', 'Candidate'])[1 + i % 3], DATE '2024-06-01', 'Male', 1995 + i % 10, false, 'Secondary', 'Worker', i % 2 = 0
            FROM generate_series(1, 6000) i;
        INSERT INTO position_records (tenant_id, position_id, organization_id, member_id, role, started_on, is_dual_role, heads_host_unit)
            SELECT @county, gen_random_uuid(), o.id, coalesce((SELECT p.id FROM people p WHERE p.organization_id = o.id LIMIT 1), (SELECT p.id FROM people p WHERE p.i = 1)), 'Secretary', DATE '2021-01-01', o.domain = 'Village', true
            FROM orgs o WHERE o.id::text NOT LIKE '%0';
        INSERT INTO term_records (tenant_id, term_id, organization_id, term_number, started_on, planned_end_on, closed_on)
            SELECT @county, gen_random_uuid(), id, 3, DATE '2021-01-01', DATE '2025-12-31' - (abs(hashtext(id::text)) % 200), CASE WHEN abs(hashtext(id::text)) % 4 <> 0 THEN DATE '2025-06-30' END
            FROM orgs;
        """;
}
