using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Cloud.Members.Domain.Members;
using Cloud.Testing;

namespace Cloud.Members.Tests;

/// <summary>M35: probationary members and members under 留党察看 have no vote at the organization's election.</summary>
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

    private Task<Guid> RegisterAsync() => _county.RegisterAsync(_county.Request(TestNationalIds.For(RecordsCounty.Born, Gender.Male)));

    private static async Task SanctionAsync(HttpClient admin, Guid member, string type, DateOnly decidedOn, DateOnly? until)
    {
        var response = await admin.PostAsJsonAsync($"/api/members/{member}/sanctions", new { type, decidedOn, until, decidedBy = "县纪委", documentNumber = "县纪〔2026〕9号" });
        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
    }
}
