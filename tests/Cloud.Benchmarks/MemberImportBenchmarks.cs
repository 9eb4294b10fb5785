using System.Net;
using System.Net.Http.Headers;
using BenchmarkDotNet.Attributes;
using Cloud.Members;
using Cloud.Members.Data;
using Cloud.Members.Domain.Members;
using Cloud.Members.Import;
using Cloud.Members.Security;
using Cloud.Testing;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using NpgsqlTypes;

namespace Cloud.Benchmarks;

/// <summary>
/// Issue 5's import target: a 50,000-member roster imported end to end through the Members service (HTTP upload,
/// parsing, every row checked, branches resolved, IDs checked against the county, each ID sealed with AES-GCM and
/// hashed, binary COPY of the members and of their 50,000 MemberRegistered events, membership counts, one transaction,
/// progress recorded) against a raw binary COPY of the same member rows, already sealed, into the same table in the
/// same run. PostgreSQL refuses COPY into a table with row-level security, so both go through a temporary table and one
/// INSERT … SELECT under the same forced RLS. Each iteration writes into a new county, removed afterwards.
/// Target: ≤ 3× the raw COPY and under 20 s.
/// </summary>
[MemoryDiagnoser]
[Config(typeof(RatioConfig))]
[SimpleJob(launchCount: 1, warmupCount: 1, iterationCount: 6, invocationCount: 1)]
public class MemberImportBenchmarks
{
    private const int Members = 50_000;
    private const int Branches = 50;

    private const string Columns =
        "tenant_id, id, name, national_id_ciphertext, national_id_key_id, national_id_hash, national_id_masked, gender, ethnicity, birth_date, " +
        "education, occupation, employment_status, status, admission_approved_on, probation_start_on, confirmed_on, organization_id, " +
        "party_group_id, work_unit_id, is_leading_cadre, post_responsibility, phone, address, state, registered_at, updated_at";

    private readonly (Guid Id, string Name)[] _branches = [.. Enumerable.Range(1, Branches).Select(b => (Guid.CreateVersion7(), $"千河镇第{b}村党支部"))];
    private ServiceHost<MembersEntryPoint> _host = null!;
    private NpgsqlDataSource _app = null!;
    private NpgsqlDataSource _owner = null!;
    private byte[] _csv = [];
    private PartyMember[] _rows = [];
    private string _county = string.Empty;

    [GlobalSetup]
    public async Task SetupAsync()
    {
        await TestDatabases.MigrateAsync<MembersDbContext>(MembersDbContext.DatabaseName);
        // The relay would publish each iteration's 50,000 events while the next one is measured; it is not part of the import.
        _host = new ServiceHost<MembersEntryPoint>(MembersDbContext.DatabaseName, new Dictionary<string, string?> { ["Outbox:IdleDelay"] = "1.00:00:00" }).Start();
        _app = NpgsqlDataSource.Create(TestEnvironment.ConnectionString(MembersDbContext.DatabaseName, "app"));
        _owner = NpgsqlDataSource.Create(TestEnvironment.ConnectionString(MembersDbContext.DatabaseName, "owner"));
        var lines = Enumerable.Range(0, Members).Select(i => MemberRoster.Row(i, _branches[i % Branches].Name)).ToList();
        _csv = MemberRoster.Csv(lines);

        // The baseline's rows: the same roster, read, checked and sealed by the service's own code beforehand.
        var roster = RosterReader.Read(_csv, "roster.csv", new BranchDirectory(_branches), DateOnly.FromDateTime(DateTime.UtcNow));
        var plan = RosterPlan.Of(roster, _ => false, skipExisting: false);
        var protector = _host.Services.GetRequiredService<NationalIdProtector>();
        var now = DateTimeOffset.UtcNow;
        _rows = plan.IsValid && plan.ToImport.Count == Members
            ? [.. plan.ToImport.Select(r => PartyMember.Register(Guid.CreateVersion7(now), r.Name!, protector.Protect(r.NationalId!), r.Facts!, now))]
            : throw new InvalidOperationException($"The roster does not check: {plan.Errors.Count} errors");
        Console.WriteLine($"// 50,000-member roster: {_csv.Length / 1024} KB as CSV");
    }

    [GlobalCleanup]
    public async Task CleanupAsync()
    {
        await _app.DisposeAsync();
        await _owner.DisposeAsync();
        await _host.DisposeAsync();
    }

    [IterationSetup]
    public void NewCounty()
    {
        _county = Counties.New();
        ExecuteAsync(_app, string.Join(";\n", _branches.Select((b, i) =>
            $"INSERT INTO organization_tree (tenant_id, organization_id, name, type, path, status, updated_at) VALUES (@county, '{b.Id}', '{b.Name}', 'Branch', '{b.Id:N}', 'Active', now())"))).GetAwaiter().GetResult();
    }

    [IterationCleanup]
    public void RemoveCounty()
    {
        ExecuteAsync(_app, "DELETE FROM members; DELETE FROM outbox; DELETE FROM member_imports; DELETE FROM organization_tree;").GetAwaiter().GetResult();
        // One statement per command: VACUUM refuses to run in a transaction block, and a batch is one.
        ExecuteAsync(_owner, "VACUUM ANALYZE members").GetAwaiter().GetResult();
        ExecuteAsync(_owner, "VACUUM ANALYZE outbox").GetAwaiter().GetResult();
    }

    [Benchmark(Baseline = true, Description = "raw COPY + INSERT…SELECT (members only)")]
    public async Task<ulong> RawCopy()
    {
        await using var connection = await OpenAsync(_app);
        await using var transaction = await connection.BeginTransactionAsync();
        await using (var create = new NpgsqlCommand("CREATE TEMP TABLE import_rows (LIKE members INCLUDING DEFAULTS) ON COMMIT DROP", connection, transaction))
        {
            await create.ExecuteNonQueryAsync();
        }

        await using (var copy = await connection.BeginBinaryImportAsync($"COPY import_rows ({Columns}) FROM STDIN (FORMAT BINARY)"))
        {
            foreach (var m in _rows)
            {
                copy.StartRow();
                copy.Write(_county, NpgsqlDbType.Text);
                copy.Write(m.Id, NpgsqlDbType.Uuid);
                copy.Write(m.Name, NpgsqlDbType.Text);
                copy.Write(m.NationalIdCiphertext, NpgsqlDbType.Bytea);
                copy.Write(m.NationalIdKeyId, NpgsqlDbType.Text);
                copy.Write(m.NationalIdHash, NpgsqlDbType.Bytea);
                copy.Write(m.NationalIdMasked, NpgsqlDbType.Text);
                copy.Write(m.Gender.ToString(), NpgsqlDbType.Text);
                copy.Write(m.Ethnicity, NpgsqlDbType.Text);
                copy.Write(m.BirthDate, NpgsqlDbType.Date);
                copy.Write(m.Education.ToString(), NpgsqlDbType.Text);
                copy.Write(m.Occupation.ToString(), NpgsqlDbType.Text);
                copy.Write(m.EmploymentStatus.ToString(), NpgsqlDbType.Text);
                copy.Write(m.Status.ToString(), NpgsqlDbType.Text);
                WriteNullable(copy, m.AdmissionApprovedOn);
                WriteNullable(copy, m.ProbationStartOn);
                WriteNullable(copy, m.ConfirmedOn);
                copy.Write(m.OrganizationId, NpgsqlDbType.Uuid);
                copy.WriteNull();
                copy.WriteNull();
                copy.Write(m.IsLeadingCadre, NpgsqlDbType.Boolean);
                copy.WriteNull();
                copy.Write(m.Phone!, NpgsqlDbType.Text);
                copy.WriteNull();
                copy.Write(m.State.ToString(), NpgsqlDbType.Text);
                copy.Write(m.RegisteredAt, NpgsqlDbType.TimestampTz);
                copy.Write(m.UpdatedAt, NpgsqlDbType.TimestampTz);
            }

            await copy.CompleteAsync();
        }

        await using var insert = new NpgsqlCommand($"INSERT INTO members ({Columns}) SELECT {Columns} FROM import_rows", connection, transaction);
        var inserted = (ulong)await insert.ExecuteNonQueryAsync();
        await transaction.CommitAsync();
        return inserted;
    }

    [Benchmark(Description = "POST /api/members/imports (.csv, 50,000 rows, HTTP + checks + sealing + COPY + events)")]
    public async Task<int> ServiceImport()
    {
        using var client = _host.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", TestTokens.CountyAdmin(_county));
        using var form = MemberRoster.Upload(_csv, "花名册.csv");
        using var response = await client.PostAsync("/api/members/imports", form);
        return response.StatusCode == HttpStatusCode.Created
            ? Members
            : throw new InvalidOperationException($"Import failed: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
    }

    private static void WriteNullable(NpgsqlBinaryImporter copy, DateOnly? day)
    {
        if (day is { } d)
        {
            copy.Write(d, NpgsqlDbType.Date);
        }
        else
        {
            copy.WriteNull();
        }
    }

    private async Task<NpgsqlConnection> OpenAsync(NpgsqlDataSource source)
    {
        var connection = await source.OpenConnectionAsync();
        await using var county = new NpgsqlCommand("SELECT set_config('app.tenant_id', @county, false)", connection);
        county.Parameters.AddWithValue("county", _county);
        await county.ExecuteNonQueryAsync();
        return connection;
    }

    private async Task ExecuteAsync(NpgsqlDataSource source, string sql)
    {
        await using var connection = await OpenAsync(source);
        await using var command = new NpgsqlCommand(sql, connection);
        if (sql.Contains("@county", StringComparison.Ordinal))
        {
            command.Parameters.AddWithValue("county", _county);
        }

        await command.ExecuteNonQueryAsync();
    }
}
