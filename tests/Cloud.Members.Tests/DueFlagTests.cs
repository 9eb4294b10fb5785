using System.Net.Http.Json;
using System.Text.Json;
using Cloud.ServiceDefaults.Auth;

namespace Cloud.Members.Tests;

/// <summary>Due reviews are flags with dates for the branch; nothing changes by itself (M17, M24, M27).</summary>
public sealed class DueFlagTests(MembersHost members) : IClassFixture<MembersHost>, IAsyncLifetime
{
    private static readonly DateOnly Today = RecordsCounty.Today;
    private RecordsCounty _county = null!;

    public async Task InitializeAsync() => _county = await RecordsCounty.CreateAsync(members);

    public async Task DisposeAsync() => await _county.DisposeAsync();

    [Fact]
    public async Task Each_review_is_flagged_on_its_due_day_and_not_the_day_before()
    {
        using var admin = _county.Admin();
        var lostDue = await LostSinceAsync(admin, Today.AddMonths(-6));
        var lostEarly = await LostSinceAsync(admin, Today.AddMonths(-6).AddDays(1));
        var suspendedDue = await SuspendedOnAsync(admin, Today.AddYears(-2));
        var suspendedEarly = await SuspendedOnAsync(admin, Today.AddYears(-2).AddDays(1));
        var correctionEnded = await CorrectionEndingAsync(admin, Today.AddDays(-1));
        var correctionRunning = await CorrectionEndingAsync(admin, Today);
        var probationOver = await _county.RegisterAsync(_county.Request(status: "Probationary", admittedOn: Today.AddYears(-1)));
        var probationRunning = await _county.RegisterAsync(_county.Request(status: "Probationary", admittedOn: Today.AddYears(-1).AddDays(1)));

        var flags = (await admin.GetFromJsonAsync<JsonElement>("/api/members/flags")).EnumerateArray()
            .ToDictionary(f => f.GetProperty("memberId").GetGuid(), f => (Flag: f.GetProperty("flag").GetString(), DueOn: f.GetProperty("dueOn").GetString()));

        Assert.Equal("SuspensionReviewDue", flags[lostDue].Flag);
        Assert.Equal("RemovalReviewDue", flags[suspendedDue].Flag);
        Assert.Equal(("CorrectionPeriodEnded", RecordsCounty.Iso(Today)), flags[correctionEnded]);
        Assert.Equal(("ProbationEnded", RecordsCounty.Iso(Today)), flags[probationOver]);
        Assert.Equal(4, flags.Count);
        Assert.DoesNotContain(lostEarly, flags.Keys);
        Assert.DoesNotContain(suspendedEarly, flags.Keys);
        Assert.DoesNotContain(correctionRunning, flags.Keys);
        Assert.DoesNotContain(probationRunning, flags.Keys);
        var states = await admin.GetFromJsonAsync<JsonElement>($"/api/members/{lostDue}/side-states");
        Assert.Equal("LostContact", states.GetProperty("lostContact").GetProperty("situation").GetString()); // flagged, never changed automatically
        Assert.Equal("Current", states.GetProperty("state").GetString());
    }

    [Fact]
    public async Task Flags_follow_the_callers_org_scope()
    {
        using var admin = _county.Admin();
        var south = await LostSinceAsync(admin, Today.AddYears(-1));
        var north = await LostSinceAsync(admin, Today.AddYears(-1), _county.OtherBranch.Id);
        using var southSecretary = _county.Secretary("secretary-south-flags");
        using var auditor = _county.As(CloudRoles.Auditor);

        var seenBySouth = (await southSecretary.GetFromJsonAsync<JsonElement>("/api/members/flags")).EnumerateArray().Select(f => f.GetProperty("memberId").GetGuid()).ToList();
        var seenByAuditor = (await auditor.GetFromJsonAsync<JsonElement>("/api/members/flags")).EnumerateArray().Select(f => f.GetProperty("memberId").GetGuid()).ToList();

        Assert.Equal([south], seenBySouth);
        Assert.Equal(new[] { north, south }.Order(), seenByAuditor.Order());
    }

    private async Task<Guid> LostSinceAsync(HttpClient admin, DateOnly since, Guid? branch = null)
    {
        var id = await _county.RegisterAsync(_county.Request(organizationId: branch));
        Assert.True((await admin.PostAsJsonAsync($"/api/members/{id}/lost-contact", new { since })).IsSuccessStatusCode);
        return id;
    }

    private async Task<Guid> SuspendedOnAsync(HttpClient admin, DateOnly suspendedOn)
    {
        var id = await LostSinceAsync(admin, suspendedOn.AddMonths(-6));
        var suspended = await admin.PostAsJsonAsync($"/api/members/{id}/lost-contact/decision", new { decision = "Suspend", decidedOn = suspendedOn, decidedBy = "南街社区党支部" });
        Assert.True(suspended.IsSuccessStatusCode, await suspended.Content.ReadAsStringAsync());
        return id;
    }

    private async Task<Guid> CorrectionEndingAsync(HttpClient admin, DateOnly endsOn)
    {
        var id = await _county.RegisterAsync();
        var ordered = await admin.PostAsJsonAsync($"/api/members/{id}/correction-period", new { startsOn = endsOn.AddMonths(-6), endsOn, decidedBy = "南街社区党支部" });
        Assert.True(ordered.IsSuccessStatusCode, await ordered.Content.ReadAsStringAsync());
        return id;
    }
}
