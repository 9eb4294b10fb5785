using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Cloud.Members.Domain.Members;
using Cloud.Testing;

namespace Cloud.Members.Tests;

/// <summary>
/// M35: probationary members and members under 留党察看 have no vote at the organization's election, nor do members
/// detained or arrested, from the day held until the branch records the vote restored.
/// </summary>
public sealed class VotersTests(MembersHost members) : IClassFixture<MembersHost>, IAsyncLifetime
{
    private static readonly DateOnly Today = RecordsCounty.Today;
    private RecordsCounty _county = null!;

    public async Task InitializeAsync() => _county = await RecordsCounty.CreateAsync(members);

    public async Task DisposeAsync() => await _county.DisposeAsync();

    [Fact]
    public async Task Probationary_members_and_members_under_probation_within_the_party_have_no_vote()
    {
        var plain = await RegisterAsync();
        var underProbation = await RegisterAsync();
        var warned = await RegisterAsync();
        var probationOver = await RegisterAsync();
        var probationary = await _county.RegisterAsync(_county.Request(TestNationalIds.For(RecordsCounty.Born, Gender.Male), "Probationary", Today.AddMonths(-3)));
        await _county.RegisterAsync(_county.Request(TestNationalIds.For(RecordsCounty.Born, Gender.Male), organizationId: _county.OtherBranch.Id));
        using var admin = _county.Admin();
        await SanctionAsync(admin, underProbation, "ProbationWithinParty", Today.AddMonths(-2), Today.AddYears(1));
        await SanctionAsync(admin, warned, "Warning", Today.AddMonths(-2), null);
        await SanctionAsync(admin, probationOver, "ProbationWithinParty", Today.AddYears(-2), Today.AddDays(-1));

        var voters = await admin.GetFromJsonAsync<JsonElement>($"/api/members/voters?organizationId={_county.Branch.Id}");

        Assert.Equal((4, 1, 3), (voters.GetProperty("fullMembers").GetInt32(), voters.GetProperty("probationaryMembers").GetInt32(), voters.GetProperty("eligibleVoters").GetInt32()));
        var without = Assert.Single(voters.GetProperty("withoutVote").EnumerateArray());
        Assert.Equal(underProbation, without.GetProperty("memberId").GetGuid());
        Assert.Equal("ProbationWithinParty", without.GetProperty("reason").GetString());
        Assert.Equal(RecordsCounty.Iso(Today.AddYears(1)), without.GetProperty("until").GetString());
        Assert.DoesNotContain(new[] { plain, warned, probationOver, probationary }, id => id == without.GetProperty("memberId").GetGuid());
    }

    [Fact]
    public async Task Another_branchs_secretary_gets_404_and_a_missing_organization_is_a_field_error()
    {
        using var otherSecretary = _county.Secretary("secretary-north", _county.OtherBranch);
        using var admin = _county.Admin();

        var outside = await otherSecretary.GetAsync($"/api/members/voters?organizationId={_county.Branch.Id}");
        var own = await otherSecretary.GetAsync($"/api/members/voters?organizationId={_county.OtherBranch.Id}");
        var missing = await admin.GetAsync("/api/members/voters");

        Assert.Equal(HttpStatusCode.NotFound, outside.StatusCode);
        Assert.Equal(HttpStatusCode.OK, own.StatusCode);
        var problem = await missing.AssertProblemAsync(HttpStatusCode.BadRequest);
        Assert.True(problem.GetProperty("errors").TryGetProperty("organizationId", out _));
    }

    [Fact]
    public async Task Detained_member_has_no_vote_until_restored()
    {
        var held = await RegisterAsync();
        await RegisterAsync();
        using var secretary = _county.Secretary("secretary-south", _county.Branch);

        var before = await VotersAsync(secretary);
        var suspended = await secretary.PostAsJsonAsync($"/api/members/{held}/voting-rights/suspension",
            new { reason = "Detained", startsOn = Today.AddDays(-3), decidedBy = "南街社区党支部", documentNumber = "县公安局拘留通知书〔2026〕17号" });
        var during = await VotersAsync(secretary);
        var restored = await secretary.PostAsJsonAsync($"/api/members/{held}/voting-rights/restoration",
            new { restoredOn = Today, decidedBy = "南街社区党支部", documentNumber = "县公安局释放证明〔2026〕4号" });
        var after = await VotersAsync(secretary);
        var sides = await secretary.GetFromJsonAsync<JsonElement>($"/api/members/{held}/side-states");

        Assert.Equal(HttpStatusCode.OK, suspended.StatusCode);
        Assert.Equal(HttpStatusCode.OK, restored.StatusCode);
        Assert.Equal((2, 2), (before.GetProperty("fullMembers").GetInt32(), before.GetProperty("eligibleVoters").GetInt32()));
        Assert.Equal((2, 1), (during.GetProperty("fullMembers").GetInt32(), during.GetProperty("eligibleVoters").GetInt32()));
        var without = Assert.Single(during.GetProperty("withoutVote").EnumerateArray());
        Assert.Equal((held, "Detained", JsonValueKind.Null), (without.GetProperty("memberId").GetGuid(), without.GetProperty("reason").GetString(), without.GetProperty("until").ValueKind));
        Assert.Equal(2, after.GetProperty("eligibleVoters").GetInt32());
        Assert.Empty(after.GetProperty("withoutVote").EnumerateArray());
        var suspension = sides.GetProperty("votingRightsSuspension");
        Assert.Equal(("Detained", RecordsCounty.Iso(Today.AddDays(-3)), RecordsCounty.Iso(Today)),
            (suspension.GetProperty("reason").GetString(), suspension.GetProperty("startsOn").GetString(), suspension.GetProperty("endedOn").GetString()));
        Assert.Equal(["VotingRightsSuspended", "VotingRightsRestored"],
            sides.GetProperty("decisions").EnumerateArray().Select(d => d.GetProperty("kind").GetString()));
    }

    [Fact]
    public async Task Detention_that_becomes_arrest_keeps_the_vote_suspended_without_a_gap()
    {
        var held = await RegisterAsync();
        using var admin = _county.Admin();

        await SuspendAsync(admin, held, "Detained", Today.AddDays(-20));
        var arrested = await SuspendAsync(admin, held, "Arrested", Today.AddDays(-10));
        var votersOnArrest = await VotersAsync(admin);
        var sides = await admin.GetFromJsonAsync<JsonElement>($"/api/members/{held}/side-states");

        Assert.Equal(HttpStatusCode.OK, arrested.StatusCode);
        Assert.Equal("Arrested", Assert.Single(votersOnArrest.GetProperty("withoutVote").EnumerateArray()).GetProperty("reason").GetString());
        var suspension = sides.GetProperty("votingRightsSuspension");
        Assert.Equal(("Arrested", JsonValueKind.Null), (suspension.GetProperty("reason").GetString(), suspension.GetProperty("endedOn").ValueKind));
    }

    [Fact]
    public async Task Second_suspension_early_restoration_and_restoring_a_vote_never_suspended_are_refused()
    {
        var held = await RegisterAsync();
        var free = await RegisterAsync();
        using var admin = _county.Admin();

        var neverSuspended = await admin.PostAsJsonAsync($"/api/members/{free}/voting-rights/restoration", new { restoredOn = Today, decidedBy = "南街社区党支部" });
        await SuspendAsync(admin, held, "Arrested", Today.AddDays(-5));
        var again = await SuspendAsync(admin, held, "Detained", Today);
        var tooEarly = await admin.PostAsJsonAsync($"/api/members/{held}/voting-rights/restoration", new { restoredOn = Today.AddDays(-6), decidedBy = "南街社区党支部" });
        var badReason = await SuspendAsync(admin, free, "Questioned", Today);
        var future = await SuspendAsync(admin, free, "Detained", Today.AddDays(1));

        (await neverSuspended.AssertProblemAsync(HttpStatusCode.Conflict)).AssertFieldError("restoredOn");
        (await again.AssertProblemAsync(HttpStatusCode.Conflict)).AssertFieldError("reason");
        (await tooEarly.AssertProblemAsync(HttpStatusCode.BadRequest)).AssertFieldError("restoredOn");
        (await badReason.AssertProblemAsync(HttpStatusCode.BadRequest)).AssertFieldError("reason");
        (await future.AssertProblemAsync(HttpStatusCode.BadRequest)).AssertFieldError("startsOn");
        Assert.Equal(1, (await VotersAsync(admin)).GetProperty("eligibleVoters").GetInt32());
    }

    [Fact]
    public async Task Another_branchs_secretary_cannot_suspend_the_vote()
    {
        var held = await RegisterAsync();
        using var otherSecretary = _county.Secretary("secretary-north", _county.OtherBranch);

        var response = await SuspendAsync(otherSecretary, held, "Detained", Today);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    private Task<Guid> RegisterAsync() => _county.RegisterAsync(_county.Request(TestNationalIds.For(RecordsCounty.Born, Gender.Male)));

    private static async Task SanctionAsync(HttpClient admin, Guid member, string type, DateOnly decidedOn, DateOnly? until)
    {
        var response = await admin.PostAsJsonAsync($"/api/members/{member}/sanctions", new { type, decidedOn, until, decidedBy = "县纪委", documentNumber = "县纪〔2026〕9号" });
        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
    }

    private async Task<JsonElement> VotersAsync(HttpClient client) =>
        await client.GetFromJsonAsync<JsonElement>($"/api/members/voters?organizationId={_county.Branch.Id}");

    private static Task<HttpResponseMessage> SuspendAsync(HttpClient client, Guid member, string reason, DateOnly startsOn) =>
        client.PostAsJsonAsync($"/api/members/{member}/voting-rights/suspension",
            new { reason, startsOn, decidedBy = "南街社区党支部", documentNumber = "县公安局通知书〔2026〕3号" });
}
