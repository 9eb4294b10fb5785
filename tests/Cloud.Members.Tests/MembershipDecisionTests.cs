using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Cloud.Contracts.Members;
using Cloud.Testing;

namespace Cloud.Members.Tests;

public sealed class MembershipDecisionTests(MembersHost members) : IClassFixture<MembersHost>, IAsyncLifetime
{
    private RecordsCounty _county = null!;

    public async Task InitializeAsync() => _county = await RecordsCounty.CreateAsync(members);

    public async Task DisposeAsync() => await _county.DisposeAsync();

    [Fact]
    public async Task Confirmation_is_refused_a_day_before_the_year_of_probation_and_accepted_on_the_day()
    {
        var probationStart = RecordsCounty.Today.AddYears(-1);
        var id = await _county.RegisterAsync(_county.Request(status: "Probationary", admittedOn: probationStart));
        await using var events = await TestBus<MemberStatusChanged>.StartAsync(TestEnvironment.AmqpUrl);
        using var secretary = _county.Secretary("secretary-confirm");

        var early = await secretary.PostAsJsonAsync($"/api/members/{id}/confirmation", Decision(RecordsCounty.Today.AddDays(-1)));
        var onTime = await secretary.PostAsJsonAsync($"/api/members/{id}/confirmation", Decision(RecordsCounty.Today));
        var again = await secretary.PostAsJsonAsync($"/api/members/{id}/confirmation", Decision(RecordsCounty.Today));
        var published = await Eventually.WaitAsync(() => Task.FromResult(events.Received.Where(e => e.Message.MemberId == id).ToList()), r => r.Count > 0, TimeSpan.FromSeconds(15), "the confirmation is published");
        var record = await _county.Admin().GetFromJsonAsync<JsonElement>($"/api/members/{id}");

        var refusal = await early.AssertProblemAsync(HttpStatusCode.UnprocessableEntity);
        Assert.Contains("预备期未满一年", refusal.GetProperty("title").GetString());
        Assert.Equal(HttpStatusCode.OK, onTime.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
        Assert.Equal(("Full", RecordsCounty.Iso(RecordsCounty.Today)), (record.GetProperty("status").GetString(), record.GetProperty("confirmedOn").GetString()));
        var message = Assert.Single(published).Message;
        Assert.Equal(("Probationary", "Full", "Current", "Current", "Full"), (message.OldStatus, message.NewStatus, message.OldState, message.NewState, message.Facts.MembershipStatus));
    }

    [Fact]
    public async Task Party_standing_counts_from_the_end_of_probation_not_from_a_later_decision()
    {
        var probationStart = RecordsCounty.Today.AddYears(-1).AddMonths(-2);
        var id = await _county.RegisterAsync(_county.Request(status: "Probationary", admittedOn: probationStart));

        var confirmed = await _county.Admin().PostAsJsonAsync($"/api/members/{id}/confirmation", Decision(RecordsCounty.Today));
        var record = await _county.Admin().GetFromJsonAsync<JsonElement>($"/api/members/{id}");

        Assert.Equal(HttpStatusCode.OK, confirmed.StatusCode);
        Assert.Equal(RecordsCounty.Iso(probationStart.AddYears(1)), record.GetProperty("confirmedOn").GetString()); // 党章第七条
    }

    [Theory]
    [InlineData("Deceased")]
    [InlineData("Expelled")]
    [InlineData("Withdrawn")]
    [InlineData("Removed")]
    public async Task Leaving_the_roll_is_a_recorded_decision_and_ends_further_changes(string state)
    {
        var id = await _county.RegisterAsync();
        await using var events = await TestBus<MemberStatusChanged>.StartAsync(TestEnvironment.AmqpUrl);
        using var admin = _county.Admin();

        var left = await admin.PostAsJsonAsync($"/api/members/{id}/state", new { state, decidedOn = RecordsCounty.Today, decidedBy = "城关镇南街社区党支部党员大会", documentNumber = "南支〔2026〕3号" });
        var afterwards = await admin.PutAsJsonAsync($"/api/members/{id}", _county.Request() with { NationalId = null });
        var history = await admin.GetFromJsonAsync<JsonElement>($"/api/members/{id}/side-states");
        var published = await Eventually.WaitAsync(() => Task.FromResult(events.Received.Where(e => e.Message.MemberId == id).ToList()), r => r.Count > 0, TimeSpan.FromSeconds(15), "the change is published");

        Assert.Equal(HttpStatusCode.OK, left.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, afterwards.StatusCode);
        var decision = Assert.Single(history.GetProperty("decisions").EnumerateArray());
        Assert.Equal((state, "南支〔2026〕3号"), (decision.GetProperty("kind").GetString(), decision.GetProperty("documentNumber").GetString()));
        Assert.Equal(state, Assert.Single(published).Message.NewState);
    }

    [Fact]
    public async Task A_decision_needs_a_known_state_a_deciding_body_and_a_date_not_in_the_future()
    {
        var id = await _county.RegisterAsync();
        using var admin = _county.Admin();

        var response = await admin.PostAsJsonAsync($"/api/members/{id}/state", new { state = "TransferredOut", decidedOn = RecordsCounty.Today.AddDays(1) });

        var problem = await response.AssertProblemAsync(HttpStatusCode.BadRequest);
        problem.AssertFieldError("state");
        problem.AssertFieldError("decidedBy");
        problem.AssertFieldError("decidedOn");
    }

    private static object Decision(DateOnly on) => new { decidedOn = on, decidedBy = "城关镇党委", documentNumber = "城党〔2026〕12号" };
}
