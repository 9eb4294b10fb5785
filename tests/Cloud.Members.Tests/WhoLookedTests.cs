using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Cloud.Members.Domain.Members;
using Cloud.ServiceDefaults.Auth;
using Cloud.Testing;
using Npgsql;

namespace Cloud.Members.Tests;

/// <summary>Who looked: every read of a full record by someone else is logged; the member sees the list; the county and auditors query it.</summary>
public sealed class WhoLookedTests(MembersHost members) : IClassFixture<MembersHost>, IAsyncLifetime
{
    private RecordsCounty _county = null!;

    public async Task InitializeAsync() => _county = await RecordsCounty.CreateAsync(members);

    public async Task DisposeAsync() => await _county.DisposeAsync();

    [Fact]
    public async Task Reads_by_a_secretary_appear_in_the_members_own_list()
    {
        var id = await _county.RegisterAsync();
        using var secretary = _county.Secretary("secretary-wang", name: "王书记");
        using var member = _county.Member(id);

        var read = await secretary.GetAsync($"/api/members/{id}");
        var viewers = await member.GetFromJsonAsync<JsonElement>("/api/members/me/viewers");

        Assert.Equal(HttpStatusCode.OK, read.StatusCode);
        var items = viewers.GetProperty("items").EnumerateArray().ToList();
        Assert.Equal([CloudRoles.BranchSecretary, CloudRoles.CountyAdmin], items.Select(e => e.GetProperty("viewerRole").GetString())); // newest first: the read, then the registration
        var entry = items[0];
        Assert.Equal(("secretary-wang", "王书记", CloudRoles.BranchSecretary), (entry.GetProperty("viewerSubject").GetString(), entry.GetProperty("viewerName").GetString(), entry.GetProperty("viewerRole").GetString()));
        Assert.Equal(["name", "nationalId:masked", "birthDate", "phone", "address"], entry.GetProperty("fields").EnumerateArray().Select(f => f.GetString()));
    }

    [Theory]
    [InlineData("UPDATE member_access_log SET viewer_role = 'Member' WHERE member_id = @member")]
    [InlineData("DELETE FROM member_access_log WHERE member_id = @member")]
    [InlineData("TRUNCATE member_access_log")]
    public async Task The_service_role_cannot_change_or_remove_log_entries(string statement)
    {
        var id = await _county.RegisterAsync();
        using var secretary = _county.Secretary("secretary-li");
        Assert.Equal(HttpStatusCode.OK, (await secretary.GetAsync($"/api/members/{id}")).StatusCode);
        await using var connection = new NpgsqlConnection(TestEnvironment.ConnectionString("members", "app"));
        await connection.OpenAsync();
        await using (var county = new NpgsqlCommand("SELECT set_config('app.tenant_id', @county, false)", connection))
        {
            county.Parameters.AddWithValue("county", _county.County);
            await county.ExecuteNonQueryAsync();
        }

        await using var write = new NpgsqlCommand(statement, connection);
        write.Parameters.AddWithValue("member", id);
        var refused = await Assert.ThrowsAsync<PostgresException>(() => write.ExecuteNonQueryAsync());
        await using var count = new NpgsqlCommand("SELECT count(*) FROM member_access_log WHERE member_id = @member", connection);
        count.Parameters.AddWithValue("member", id);

        Assert.Equal(PostgresErrorCodes.InsufficientPrivilege, refused.SqlState);
        Assert.Equal(2L, await count.ExecuteScalarAsync()); // the registration's read-back and the secretary's read
    }

    [Fact]
    public async Task The_member_reads_their_own_record_whole_and_that_read_is_not_logged()
    {
        var nationalId = TestNationalIds.For(RecordsCounty.Born, Gender.Male);
        var id = await _county.RegisterAsync(_county.Request(nationalId));
        using var member = _county.Member(id);

        var own = await member.GetFromJsonAsync<JsonElement>("/api/members/me");
        var viewers = await member.GetFromJsonAsync<JsonElement>("/api/members/me/viewers");

        Assert.Equal((id, nationalId, false), (own.GetProperty("id").GetGuid(), own.GetProperty("nationalId").GetString(), own.GetProperty("nationalIdMasked").GetBoolean()));
        var entry = Assert.Single(viewers.GetProperty("items").EnumerateArray()); // only the county's registration, which showed the record back
        Assert.Equal(CloudRoles.CountyAdmin, entry.GetProperty("viewerRole").GetString());
    }

    [Fact]
    public async Task A_member_reads_no_other_record_an_auditor_reads_masked_and_ops_reads_nothing()
    {
        var id = await _county.RegisterAsync();
        var other = await _county.RegisterAsync();
        using var member = _county.Member(id);
        using var auditor = _county.As(CloudRoles.Auditor);
        using var ops = members.ClientFor(TestTokens.For(null, CloudRoles.Ops));

        var byMember = await member.GetAsync($"/api/members/{other}");
        var byAuditor = await auditor.GetFromJsonAsync<JsonElement>($"/api/members/{other}");
        var byOps = await ops.GetAsync($"/api/members/{other}");
        var opsMe = await ops.GetAsync("/api/members/me");
        var secretaryMe = await _county.Secretary("secretary-me").GetAsync("/api/members/me");

        Assert.Equal(HttpStatusCode.Forbidden, byMember.StatusCode);
        Assert.True(byAuditor.GetProperty("nationalIdMasked").GetBoolean());
        Assert.Equal(HttpStatusCode.Forbidden, byOps.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, opsMe.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, secretaryMe.StatusCode);
    }

    [Fact]
    public async Task The_county_and_auditors_query_the_log_by_member_and_viewer_in_keyset_pages()
    {
        var nationalId = TestNationalIds.For(RecordsCounty.Born, Gender.Male);
        var id = await _county.RegisterAsync(_county.Request(nationalId));
        var start = DateTimeOffset.UtcNow;
        using var admin = _county.Admin();
        using var secretary = _county.Secretary("secretary-li", name: "李书记");
        await admin.GetAsync($"/api/members/{id}");
        for (var i = 0; i < 3; i++)
        {
            await secretary.GetAsync($"/api/members/{id}");
        }

        using var auditor = _county.As(CloudRoles.Auditor);
        var first = await auditor.GetFromJsonAsync<JsonElement>($"/api/members/access-log?memberId={id}&viewer=secretary-li&limit=2");
        var second = await auditor.GetFromJsonAsync<JsonElement>($"/api/members/access-log?memberId={id}&viewer=secretary-li&limit=2&before={first.GetProperty("next").GetInt64()}");
        var all = await admin.GetStringAsync($"/api/members/access-log?memberId={id}&from={Uri.EscapeDataString(start.ToString("O"))}");
        var future = await admin.GetFromJsonAsync<JsonElement>($"/api/members/access-log?memberId={id}&from={Uri.EscapeDataString(DateTimeOffset.UtcNow.AddHours(1).ToOffset(TimeSpan.FromHours(8)).ToString("O"))}");
        var bySecretary = await secretary.GetAsync("/api/members/access-log");
        var byMember = await _county.Member(id).GetAsync("/api/members/access-log");

        Assert.Equal(2, first.GetProperty("items").GetArrayLength());
        Assert.Equal(1, second.GetProperty("items").GetArrayLength());
        Assert.Equal(JsonValueKind.Null, second.GetProperty("next").ValueKind);
        Assert.True(first.GetProperty("items")[0].GetProperty("id").GetInt64() > first.GetProperty("items")[1].GetProperty("id").GetInt64()); // newest first
        var entries = JsonDocument.Parse(all).RootElement.GetProperty("items").EnumerateArray().ToList();
        Assert.Equal(4, entries.Count);
        Assert.Equal(["nationalId:whole", "nationalId:masked", "nationalId:masked", "nationalId:masked"], entries.Select(e => e.GetProperty("fields")[1].GetString()).Reverse());
        Assert.DoesNotContain(nationalId, all);
        Assert.DoesNotContain(nationalId[..4] + "**", all);
        Assert.Empty(future.GetProperty("items").EnumerateArray());
        Assert.Equal(HttpStatusCode.Forbidden, bySecretary.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, byMember.StatusCode);
    }

    [Fact]
    public async Task An_update_showing_the_record_is_logged_too()
    {
        var id = await _county.RegisterAsync();
        using var secretary = _county.Secretary("secretary-update");

        var updated = await secretary.PutAsJsonAsync($"/api/members/{id}", _county.Request() with { NationalId = null, Phone = null });
        var viewers = await _county.Member(id).GetFromJsonAsync<JsonElement>("/api/members/me/viewers");

        Assert.Equal(HttpStatusCode.OK, updated.StatusCode);
        var entry = viewers.GetProperty("items")[0];
        Assert.Equal(CloudRoles.BranchSecretary, entry.GetProperty("viewerRole").GetString());
        Assert.DoesNotContain("phone", entry.GetProperty("fields").EnumerateArray().Select(f => f.GetString()));
    }
}
