using System.Globalization;
using System.Collections.Concurrent;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Cloud.Contracts.Members;
using Cloud.Contracts.Organizations;
using Cloud.Members.Data;
using Cloud.Members.Domain.Import;
using Cloud.ServiceDefaults.Auth;
using Cloud.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Cloud.Members.Tests;

public sealed class RosterImportTests(MembersHost members) : IClassFixture<MembersHost>, IAsyncLifetime
{
    private const string East = "千河镇东坡村党支部";
    private const string West = "千河镇西坡村党支部";
    private readonly string _county = Counties.New();
    private TestBus<OrganizationRegistered> _organizations = null!;
    private OrganizationTreeEvents _tree = null!;
    private TreeNode _east = null!;
    private TreeNode _west = null!;

    public async Task InitializeAsync()
    {
        _organizations = await TestBus<OrganizationRegistered>.StartAsync(TestEnvironment.AmqpUrl);
        _tree = new OrganizationTreeEvents(_organizations, _county);
        _east = await _tree.RegisterAsync(East, "Branch");
        _west = await _tree.RegisterAsync(West, "Branch");
        await _tree.WaitUntilKnownAsync(members.Services, _east, _west);
    }

    public async Task DisposeAsync() => await _organizations.DisposeAsync();

    [Fact]
    public async Task Roster_of_50000_with_five_bad_rows_is_refused_whole_naming_the_five_and_the_fixed_roster_imports_with_progress()
    {
        var admin = members.ClientFor(TestTokens.CountyAdmin(_county));
        var good = MemberRoster.Rows(50_000, East, West);
        var bad = good.Select(row => (string?[])row.Clone()).ToList();
        bad[100][MemberRoster.Column(RosterColumns.NationalId)] = TestNationalIds.WithBadCheckDigit(good[100][1]!);
        bad[20_000][MemberRoster.Column(RosterColumns.NationalId)] = "610304500101001";
        bad[30_000][MemberRoster.Column(RosterColumns.BirthDate)] = MemberRoster.BirthDateOf(30_000).AddDays(1).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        bad[40_000][MemberRoster.Column(RosterColumns.Organization)] = "千河镇不存在村党支部";
        bad[49_999] = [.. good[10]];
        bad[49_999][MemberRoster.Column(RosterColumns.Name)] = "同一人";

        var refused = await admin.PostAsync("/api/members/imports", MemberRoster.Upload(MemberRoster.Csv(bad), "花名册.csv"));
        var problem = await refused.AssertProblemAsync(HttpStatusCode.UnprocessableEntity);
        var errors = problem.GetProperty("rowErrors").EnumerateArray()
            .Select(e => (Row: e.GetProperty("row").GetInt32(), Column: e.GetProperty("column").GetString(), Message: e.GetProperty("message").GetString()!)).ToList();
        Assert.Equal(
            [(102, RosterColumns.NationalId), (20_002, RosterColumns.NationalId), (30_002, RosterColumns.BirthDate), (40_002, RosterColumns.Organization), (50_001, RosterColumns.NationalId)],
            errors.Select(e => (e.Row, e.Column)));
        Assert.Contains("校验位", errors[0].Message, StringComparison.Ordinal);
        Assert.Contains("15位", errors[1].Message, StringComparison.Ordinal);
        Assert.Contains("出生日期与身份证号码不一致", errors[2].Message, StringComparison.Ordinal);
        Assert.Contains("千河镇不存在村党支部", errors[3].Message, StringComparison.Ordinal);
        Assert.Equal("身份证号码与第12行重复", errors[4].Message);
        Assert.Equal(0, await CountAsync(db => db.Members));

        var importId = Guid.NewGuid();
        var snapshots = new ConcurrentQueue<JsonElement>();
        using var stop = new CancellationTokenSource();
        var watcher = WatchAsync(admin, importId, snapshots, stop.Token);
        var imported = await admin.PostAsync($"/api/members/imports?importId={importId}", MemberRoster.Upload(MemberRoster.Csv(good), "花名册.csv"));
        await stop.CancelAsync();
        await watcher;
        var done = await admin.GetFromJsonAsync<JsonElement>($"/api/members/imports/{importId}");

        Assert.Equal(HttpStatusCode.Created, imported.StatusCode);
        Assert.Equal(50_000, (await imported.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("imported").GetInt32());
        Assert.Equal(50_000, await CountAsync(db => db.Members));
        Assert.Equal(50_000, await CountAsync(db => db.Outbox.Where(o => o.Type == typeof(MemberRegistered).FullName)));
        Assert.Contains(snapshots, s => s.GetProperty("status").GetString() == "Running");
        var percents = snapshots.Select(s => s.GetProperty("percent").GetInt32()).ToList();
        Assert.Equal(percents.Order(), percents);
        Assert.Equal(("Succeeded", "Done", 100, 50_000), (done.GetProperty("status").GetString(), done.GetProperty("phase").GetString(), done.GetProperty("percent").GetInt32(), done.GetProperty("rowsDone").GetInt32()));
        var counts = await MembershipCountsAsync();
        // East has the even rows, a fifth of them probationary (every tenth row); West the odd ones, all full members.
        Assert.Equal((20_000, 5_000), counts[_east.Id]);
        Assert.Equal((25_000, 0), counts[_west.Id]);
    }

    [Fact]
    public async Task Re_importing_the_same_roster_never_duplicates_rows_in_the_county_are_errors_unless_skipped()
    {
        var admin = members.ClientFor(TestTokens.CountyAdmin(_county));
        var roster = MemberRoster.Csv(MemberRoster.Rows(30, East, West));

        var first = await admin.PostAsync("/api/members/imports", MemberRoster.Upload(roster, "a.csv"));
        var again = await admin.PostAsync("/api/members/imports", MemberRoster.Upload(roster, "a.csv"));
        var skipping = await admin.PostAsync("/api/members/imports?existing=skip", MemberRoster.Upload(roster, "a.csv"));

        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        var problem = await again.AssertProblemAsync(HttpStatusCode.UnprocessableEntity);
        Assert.Equal(30, problem.GetProperty("rowErrors").GetArrayLength());
        Assert.All(problem.GetProperty("rowErrors").EnumerateArray(), e => Assert.Contains("已在本县登记", e.GetProperty("message").GetString(), StringComparison.Ordinal));
        Assert.Equal(HttpStatusCode.Created, skipping.StatusCode);
        var skipped = await skipping.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal((0, 30), (skipped.GetProperty("imported").GetInt32(), skipped.GetProperty("skipped").GetInt32()));
        Assert.Equal(30, await CountAsync(db => db.Members));
    }

    [Fact]
    public async Task Imported_members_reach_statistics_as_registrations_with_facts_only()
    {
        await using var events = await TestBus<MemberRegistered>.StartAsync(TestEnvironment.AmqpUrl);
        var rows = MemberRoster.Rows(12, East);

        var response = await members.ClientFor(TestTokens.CountyAdmin(_county)).PostAsync("/api/members/imports", MemberRoster.Upload(MemberRoster.Xlsx(rows), "花名册.xlsx"));
        var received = await Eventually.WaitAsync(
            () => Task.FromResult(events.Received.Where(e => e.Message.TenantId == _county).ToList()), r => r.Count >= 12, TimeSpan.FromSeconds(20), "the imported members are published");

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.Equal(12, received.Count);
        Assert.All(received, e => Assert.Equal(_east.Id, e.Message.Facts.OrganizationId));
        Assert.Equal(6, received.Count(e => e.Message.Facts.Gender == "Female"));
        var published = JsonSerializer.Serialize(received.Select(e => e.Message));
        Assert.DoesNotContain(rows[3][1]!, published, StringComparison.Ordinal);
        Assert.DoesNotContain("党员3", published, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Preview_of_an_xlsx_roster_counts_rows_names_errors_and_shows_the_first_rows_without_writing()
    {
        var rows = MemberRoster.Rows(25, East, West);
        rows[4][MemberRoster.Column(RosterColumns.Gender)] = "未知";
        rows[7][MemberRoster.Column(RosterColumns.AdmissionApprovedOn)] = "1990-13-45";

        var response = await members.ClientFor(TestTokens.CountyAdmin(_county)).PostAsync("/api/members/imports/preview", MemberRoster.Upload(MemberRoster.Xlsx(rows), "花名册.xlsx"));
        var preview = await response.Content.ReadFromJsonAsync<JsonElement>();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal((25, false, 0, 2), (preview.GetProperty("rows").GetInt32(), preview.GetProperty("valid").GetBoolean(), preview.GetProperty("toImport").GetInt32(), preview.GetProperty("errorCount").GetInt32()));
        var errors = preview.GetProperty("errors").EnumerateArray().Select(e => (e.GetProperty("row").GetInt32(), e.GetProperty("column").GetString())).ToList();
        Assert.Equal([(6, RosterColumns.Gender), (9, RosterColumns.AdmissionApprovedOn)], errors);
        var first = preview.GetProperty("firstRows")[0];
        Assert.Equal(20, preview.GetProperty("firstRows").GetArrayLength());
        Assert.Equal(("党员0", "女", "回族", "大学本科", East, "预备党员"), (first.GetProperty("name").GetString(), first.GetProperty("gender").GetString(),
            first.GetProperty("ethnicity").GetString(), first.GetProperty("education").GetString(), first.GetProperty("organization").GetString(), first.GetProperty("status").GetString()));
        Assert.Equal($"{rows[0][1]![..4]}**********{rows[0][1]![^4..]}", first.GetProperty("nationalId").GetString());
        Assert.Equal(0, await CountAsync(db => db.Members));
    }

    [Fact]
    public async Task A_secretary_imports_only_into_their_own_branch_and_a_shared_name_must_be_given_by_id()
    {
        var twin = await _tree.RegisterAsync(East, "Branch");
        await _tree.WaitUntilKnownAsync(members.Services, twin);
        var secretary = members.ClientFor(TestTokens.Scoped(_county, _east.Id, CloudRoles.BranchSecretary));
        var rows = new List<string?[]> { MemberRoster.Row(0, _east.Id.ToString()), MemberRoster.Row(1, West), MemberRoster.Row(2, East) };

        var bySecretary = await secretary.PostAsync("/api/members/imports", MemberRoster.Upload(MemberRoster.Csv(rows), "a.csv"));
        var byCounty = await members.ClientFor(TestTokens.CountyAdmin(_county)).PostAsync("/api/members/imports", MemberRoster.Upload(MemberRoster.Csv(rows), "a.csv"));

        var secretaryErrors = (await bySecretary.AssertProblemAsync(HttpStatusCode.UnprocessableEntity)).GetProperty("rowErrors");
        Assert.Equal([3], secretaryErrors.EnumerateArray().Select(e => e.GetProperty("row").GetInt32()));
        Assert.Contains("不在您的管理范围内", secretaryErrors[0].GetProperty("message").GetString(), StringComparison.Ordinal);
        var countyErrors = (await byCounty.AssertProblemAsync(HttpStatusCode.UnprocessableEntity)).GetProperty("rowErrors");
        Assert.Equal([4], countyErrors.EnumerateArray().Select(e => e.GetProperty("row").GetInt32()));
        Assert.Contains("有多个名为", countyErrors[0].GetProperty("message").GetString(), StringComparison.Ordinal);
        Assert.Equal(0, await CountAsync(db => db.Members));
    }

    [Fact]
    public async Task Import_progress_is_shown_to_its_starter_and_the_county_only()
    {
        var starterToken = TestTokens.Scoped(_county, _east.Id, CloudRoles.BranchSecretary);
        var importId = Guid.NewGuid();

        var response = await members.ClientFor(starterToken).PostAsync($"/api/members/imports?importId={importId}", MemberRoster.Upload(MemberRoster.Csv(MemberRoster.Rows(3, East)), "a.csv"));
        var byStarter = await members.ClientFor(starterToken).GetAsync($"/api/members/imports/{importId}");
        var byCounty = await members.ClientFor(TestTokens.CountyAdmin(_county)).GetAsync($"/api/members/imports/{importId}");
        var byOtherSecretary = await members.ClientFor(TestTokens.Scoped(_county, _east.Id, CloudRoles.BranchSecretary)).GetAsync($"/api/members/imports/{importId}");
        var byOtherCounty = await members.ClientFor(TestTokens.CountyAdmin(Counties.New())).GetAsync($"/api/members/imports/{importId}");
        var reused = await members.ClientFor(starterToken).PostAsync($"/api/members/imports?importId={importId}", MemberRoster.Upload(MemberRoster.Csv(MemberRoster.Rows(3, East)), "a.csv"));

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.Equal(HttpStatusCode.OK, byStarter.StatusCode);
        Assert.Equal(3, (await byCounty.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("imported").GetInt32());
        Assert.Equal(HttpStatusCode.NotFound, byOtherSecretary.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, byOtherCounty.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, reused.StatusCode);
    }

    [Fact]
    public async Task Export_writes_the_import_columns_with_ids_whole_for_the_county_and_masked_for_a_secretary_and_imports_again()
    {
        var admin = members.ClientFor(TestTokens.CountyAdmin(_county));
        var rows = MemberRoster.Rows(6, East, West);
        Assert.Equal(HttpStatusCode.Created, (await admin.PostAsync("/api/members/imports", MemberRoster.Upload(MemberRoster.Csv(rows), "a.csv"))).StatusCode);

        var byCounty = await admin.GetByteArrayAsync("/api/members/export.xlsx");
        var bySecretary = await members.ClientFor(TestTokens.Scoped(_county, _east.Id, CloudRoles.BranchSecretary)).GetByteArrayAsync("/api/members/export.xlsx");
        var again = await admin.PostAsync("/api/members/imports?existing=skip", MemberRoster.Upload(byCounty, "export.xlsx"));

        var countyRows = Sheet(byCounty);
        Assert.Equal(RosterColumns.Known, countyRows[0].Keys);
        Assert.Equal(rows.Select(r => r[1]).Order(), countyRows.Select(r => (string?)r[RosterColumns.NationalId]).Order());
        var secretaryRows = Sheet(bySecretary);
        Assert.Equal(3, secretaryRows.Count);
        Assert.All(secretaryRows, r => Assert.Equal(East, r[RosterColumns.Organization]));
        Assert.All(secretaryRows, r => Assert.Contains("**********", (string)r[RosterColumns.NationalId]!, StringComparison.Ordinal));
        var reimported = await again.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal((HttpStatusCode.Created, 0, 6), (again.StatusCode, reimported.GetProperty("imported").GetInt32(), reimported.GetProperty("skipped").GetInt32()));
    }

    private static List<IDictionary<string, object?>> Sheet(byte[] workbook) =>
        [.. MiniExcelLibs.MiniExcel.Query(new MemoryStream(workbook), useHeaderRow: true).Cast<IDictionary<string, object?>>()];

    private static async Task WatchAsync(HttpClient client, Guid importId, ConcurrentQueue<JsonElement> snapshots, CancellationToken stop)
    {
        while (!stop.IsCancellationRequested)
        {
            using var response = await client.GetAsync($"/api/members/imports/{importId}", CancellationToken.None);
            if (response.StatusCode == HttpStatusCode.OK)
            {
                snapshots.Enqueue(await response.Content.ReadFromJsonAsync<JsonElement>(CancellationToken.None));
            }

            await Task.Delay(50, CancellationToken.None);
        }
    }

    private async Task<int> CountAsync<T>(Func<MembersDbContext, IQueryable<T>> query)
    {
        using var scope = members.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<MembersDbContext>();
        db.Tenant.Set(_county);
        return await query(db).CountAsync();
    }

    /// <summary>The latest published count per organization.</summary>
    private async Task<Dictionary<Guid, (int Full, int Probationary)>> MembershipCountsAsync()
    {
        using var scope = members.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<MembersDbContext>();
        db.Tenant.Set(_county);
        var payloads = await db.Outbox.Where(o => o.Type == typeof(OrganizationMembershipCounted).FullName).Select(o => o.Payload).ToListAsync();
        return payloads.Select(p => JsonSerializer.Deserialize<OrganizationMembershipCounted>(p)!)
            .GroupBy(c => c.OrganizationId)
            .ToDictionary(g => g.Key, g => g.OrderBy(c => c.OccurredAt).Select(c => (c.FullMembers, c.ProbationaryMembers)).Last());
    }
}
