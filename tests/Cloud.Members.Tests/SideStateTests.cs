using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Cloud.Contracts.Members;
using Cloud.Testing;

namespace Cloud.Members.Tests;

public sealed class SideStateTests(MembersHost members) : IClassFixture<MembersHost>, IAsyncLifetime
{
    private static readonly DateOnly Today = RecordsCounty.Today;
    private RecordsCounty _county = null!;

    public async Task InitializeAsync() => _county = await RecordsCounty.CreateAsync(members);

    public async Task DisposeAsync() => await _county.DisposeAsync();

    [Fact]
    public async Task Mobility_needs_six_months_away_and_its_start_and_end_are_published()
    {
        var id = await _county.RegisterAsync();
        var liaison = await _county.RegisterAsync();
        await using var events = await TestBus<MobileStatusChanged>.StartAsync(TestEnvironment.AmqpUrl);
        using var secretary = _county.Secretary("secretary-mobile");
        var departed = Today.AddMonths(-1);

        var trip = await secretary.PutAsJsonAsync($"/api/members/{id}/mobile", Mobile(departed, departed.AddMonths(6).AddDays(-1), liaison));
        var mobile = await secretary.PutAsJsonAsync($"/api/members/{id}/mobile", Mobile(departed, departed.AddMonths(6), liaison));
        var contact = await secretary.PutAsJsonAsync($"/api/members/{id}/mobile", Mobile(departed, departed.AddMonths(6), liaison) with { LastContactOn = Today });
        var ended = await secretary.PostAsJsonAsync($"/api/members/{id}/mobile/end", new { endedOn = Today });
        var published = await Eventually.WaitAsync(() => Task.FromResult(events.Received.Where(e => e.Message.MemberId == id).ToList()), r => r.Count >= 2, TimeSpan.FromSeconds(15), "start and end are published");

        Assert.Contains("不满6个月", (await trip.AssertProblemAsync(HttpStatusCode.UnprocessableEntity)).GetProperty("title").GetString());
        Assert.Equal(HttpStatusCode.OK, mobile.StatusCode);
        Assert.Equal(RecordsCounty.Iso(Today), (await contact.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("lastContactOn").GetString());
        Assert.Equal(HttpStatusCode.OK, ended.StatusCode);
        Assert.Equal([true, false], published.OrderBy(e => e.Message.OccurredAt).Select(e => e.Message.IsMobile));
        Assert.DoesNotContain("深圳", JsonSerializer.Serialize(published.Select(e => e.Message)));
    }

    [Fact]
    public async Task A_mobility_ends_when_the_member_leaves_the_roll()
    {
        var id = await _county.RegisterAsync();
        await using var events = await TestBus<MobileStatusChanged>.StartAsync(TestEnvironment.AmqpUrl);
        using var admin = _county.Admin();
        await admin.PutAsJsonAsync($"/api/members/{id}/mobile", new Api.MobileRequest("广东省深圳市", Today.AddMonths(-8), null, null, null, null));

        await admin.PostAsJsonAsync($"/api/members/{id}/state", new { state = "Deceased", decidedOn = Today, decidedBy = "南街社区党支部" });
        var states = await admin.GetFromJsonAsync<JsonElement>($"/api/members/{id}/side-states");
        var published = await Eventually.WaitAsync(() => Task.FromResult(events.Received.Where(e => e.Message.MemberId == id).ToList()), r => r.Count >= 2, TimeSpan.FromSeconds(15), "start and end are published");

        Assert.Equal(RecordsCounty.Iso(Today), states.GetProperty("mobile").GetProperty("endedOn").GetString());
        Assert.Equal([true, false], published.OrderBy(e => e.Message.OccurredAt).Select(e => e.Message.IsMobile));
    }

    [Fact]
    public async Task Suspension_is_refused_a_day_before_six_months_out_of_contact_and_accepted_on_the_day()
    {
        var early = await LostSinceAsync(Today.AddMonths(-6).AddDays(1));
        var due = await LostSinceAsync(Today.AddMonths(-6));
        using var secretary = _county.Secretary("secretary-lost");

        var refused = await secretary.PostAsJsonAsync($"/api/members/{early}/lost-contact/decision", LostDecision("Suspend", Today));
        var suspended = await secretary.PostAsJsonAsync($"/api/members/{due}/lost-contact/decision", LostDecision("Suspend", Today));

        Assert.Contains("失联未满6个月", (await refused.AssertProblemAsync(HttpStatusCode.UnprocessableEntity)).GetProperty("title").GetString());
        Assert.Equal(HttpStatusCode.OK, suspended.StatusCode);
        var body = await suspended.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(("Suspended", RecordsCounty.Iso(Today.AddYears(2))), (body.GetProperty("situation").GetString(), body.GetProperty("removalReviewDueOn").GetString()));
    }

    [Fact]
    public async Task Removal_is_refused_a_day_before_two_years_suspended_and_takes_the_member_off_the_roll_on_the_day()
    {
        await using var events = await TestBus<LostContactChanged>.StartAsync(TestEnvironment.AmqpUrl);
        var early = await SuspendedOnAsync(Today.AddYears(-2).AddDays(1));
        var due = await SuspendedOnAsync(Today.AddYears(-2));
        using var secretary = _county.Secretary("secretary-remove");

        var refused = await secretary.PostAsJsonAsync($"/api/members/{early}/lost-contact/decision", LostDecision("Remove", Today));
        var removed = await secretary.PostAsJsonAsync($"/api/members/{due}/lost-contact/decision", LostDecision("Remove", Today));
        var record = await _county.Admin().GetFromJsonAsync<JsonElement>($"/api/members/{due}");
        var published = await Eventually.WaitAsync(() => Task.FromResult(events.Received.Where(e => e.Message.MemberId == due).ToList()), r => r.Count >= 3, TimeSpan.FromSeconds(15), "every step is published");

        Assert.Contains("停止党籍未满2年", (await refused.AssertProblemAsync(HttpStatusCode.UnprocessableEntity)).GetProperty("title").GetString());
        Assert.Equal(HttpStatusCode.OK, removed.StatusCode);
        Assert.Equal("Removed", record.GetProperty("state").GetString());
        Assert.Equal(["LostContact", "Suspended", "Removed"], published.OrderBy(e => e.Message.OccurredAt).Select(e => e.Message.Situation));
    }

    [Fact]
    public async Task Contact_regained_restores_and_a_new_case_can_open_later()
    {
        var id = await LostSinceAsync(Today.AddMonths(-2));
        using var secretary = _county.Secretary("secretary-restore");

        var restored = await secretary.PostAsJsonAsync($"/api/members/{id}/lost-contact/decision", LostDecision("Restore", Today));
        var twice = await secretary.PostAsJsonAsync($"/api/members/{id}/lost-contact/decision", LostDecision("Restore", Today));
        var again = await secretary.PostAsJsonAsync($"/api/members/{id}/lost-contact", new { since = Today });

        Assert.Equal("Restored", (await restored.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("situation").GetString());
        Assert.Equal(HttpStatusCode.Conflict, twice.StatusCode);
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
    }

    [Fact]
    public async Task A_correction_period_of_one_year_is_accepted_and_one_day_longer_is_refused()
    {
        var id = await _county.RegisterAsync();
        using var secretary = _county.Secretary("secretary-correction");
        var start = Today.AddMonths(-1);

        var tooLong = await secretary.PostAsJsonAsync($"/api/members/{id}/correction-period", Correction(start, start.AddYears(1).AddDays(1)));
        var year = await secretary.PostAsJsonAsync($"/api/members/{id}/correction-period", Correction(start, start.AddYears(1)));
        var second = await secretary.PostAsJsonAsync($"/api/members/{id}/correction-period", Correction(start, start.AddMonths(3)));
        var normal = await secretary.PostAsJsonAsync($"/api/members/{id}/correction-period/outcome", new { outcome = "Normal", decidedOn = Today, decidedBy = "南街社区党支部" });

        Assert.Contains("不得超过一年", (await tooLong.AssertProblemAsync(HttpStatusCode.UnprocessableEntity)).GetProperty("title").GetString());
        Assert.Equal(HttpStatusCode.OK, year.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, second.StatusCode);
        Assert.Equal("Normal", (await normal.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("outcome").GetString());
    }

    [Fact]
    public async Task A_correction_period_ending_in_removal_takes_the_member_off_the_roll()
    {
        var id = await _county.RegisterAsync();
        using var secretary = _county.Secretary("secretary-correction-removal");
        await secretary.PostAsJsonAsync($"/api/members/{id}/correction-period", Correction(Today.AddMonths(-12), Today.AddDays(-1)));

        var removed = await secretary.PostAsJsonAsync($"/api/members/{id}/correction-period/outcome", new { outcome = "Removed", decidedOn = Today, decidedBy = "南街社区党支部党员大会" });
        var states = await secretary.GetFromJsonAsync<JsonElement>($"/api/members/{id}/side-states");

        Assert.Equal(HttpStatusCode.OK, removed.StatusCode);
        Assert.Equal("Removed", states.GetProperty("state").GetString());
        Assert.Equal(["CorrectionOrdered", "Removed"], states.GetProperty("decisions").EnumerateArray().Select(d => d.GetProperty("kind").GetString()));
    }

    [Fact]
    public async Task Sanctions_are_recorded_with_type_and_period_and_expulsion_ends_the_record()
    {
        var id = await _county.RegisterAsync();
        using var admin = _county.Admin();

        var warning = await admin.PostAsJsonAsync($"/api/members/{id}/sanctions", Sanction("Warning", null));
        var probationWithoutEnd = await admin.PostAsJsonAsync($"/api/members/{id}/sanctions", Sanction("ProbationWithinParty", null));
        var probation = await admin.PostAsJsonAsync($"/api/members/{id}/sanctions", Sanction("ProbationWithinParty", Today.AddYears(1)));
        var unknown = await admin.PostAsJsonAsync($"/api/members/{id}/sanctions", Sanction("Reprimand", null));
        var expulsion = await admin.PostAsJsonAsync($"/api/members/{id}/sanctions", Sanction("Expulsion", null));
        var states = await admin.GetFromJsonAsync<JsonElement>($"/api/members/{id}/side-states");

        Assert.Equal(HttpStatusCode.OK, warning.StatusCode);
        Assert.Contains("留党察看须填写期限", (await probationWithoutEnd.AssertProblemAsync(HttpStatusCode.UnprocessableEntity)).GetProperty("title").GetString());
        Assert.Equal(HttpStatusCode.OK, probation.StatusCode);
        (await unknown.AssertProblemAsync(HttpStatusCode.BadRequest)).AssertFieldError("type");
        Assert.Equal(HttpStatusCode.OK, expulsion.StatusCode);
        Assert.Equal("Expelled", states.GetProperty("state").GetString());
        Assert.Equal(["Warning", "ProbationWithinParty", "Expulsion"], states.GetProperty("sanctions").EnumerateArray().Select(s => s.GetProperty("type").GetString()));
    }

    private async Task<Guid> LostSinceAsync(DateOnly since)
    {
        var id = await _county.RegisterAsync();
        using var admin = _county.Admin();
        var opened = await admin.PostAsJsonAsync($"/api/members/{id}/lost-contact", new { since });
        Assert.Equal(HttpStatusCode.OK, opened.StatusCode);
        return id;
    }

    private async Task<Guid> SuspendedOnAsync(DateOnly suspendedOn)
    {
        var id = await LostSinceAsync(suspendedOn.AddMonths(-6));
        using var admin = _county.Admin();
        var suspended = await admin.PostAsJsonAsync($"/api/members/{id}/lost-contact/decision", LostDecision("Suspend", suspendedOn));
        Assert.Equal(HttpStatusCode.OK, suspended.StatusCode);
        return id;
    }

    private static Api.MobileRequest Mobile(DateOnly departed, DateOnly? back, Guid liaison) =>
        new("广东省深圳市", departed, back, liaison, null, null);

    private static object LostDecision(string decision, DateOnly on) => new { decision, decidedOn = on, decidedBy = "南街社区党支部", documentNumber = "南支〔2026〕1号" };

    private static object Correction(DateOnly start, DateOnly end) => new { startsOn = start, endsOn = end, decidedBy = "南街社区党支部" };

    private static object Sanction(string type, DateOnly? until) => new { type, decidedOn = Today, until, decidedBy = "县纪委", documentNumber = "县纪〔2026〕8号" };
}
