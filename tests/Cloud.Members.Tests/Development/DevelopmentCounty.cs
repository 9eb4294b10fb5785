using System.Net.Http.Json;
using System.Text.Json;
using Cloud.Contracts.Organizations;
using Cloud.Members.Api;
using Cloud.Members.Api.Development;
using Cloud.Members.Domain.Development;
using Cloud.Members.Domain.Members;
using Cloud.Testing;

namespace Cloud.Members.Tests.Development;

/// <summary>A county of its own for one test: a township committee with two village branches, and calls to the development API.</summary>
public sealed class DevelopmentCounty(MembersHost members) : IAsyncLifetime
{
    public string County { get; } = Counties.New();

    public TreeNode Township { get; private set; } = null!;

    public TreeNode Branch { get; private set; } = null!;

    public TreeNode OtherBranch { get; private set; } = null!;

    public HttpClient Admin { get; private set; } = null!;

    private TestBus<OrganizationRegistered> _organizations = null!;

    public async Task InitializeAsync()
    {
        _organizations = await TestBus<OrganizationRegistered>.StartAsync(TestEnvironment.AmqpUrl);
        var tree = new OrganizationTreeEvents(_organizations, County);
        Township = await tree.RegisterAsync("中共千河镇委员会", "PrimaryCommittee");
        Branch = await tree.RegisterAsync("千河镇东坡村党支部", "Branch", Township);
        OtherBranch = await tree.RegisterAsync("千河镇西坡村党支部", "Branch", Township);
        await tree.WaitUntilKnownAsync(members.Services, Township, Branch, OtherBranch);
        Admin = members.ClientFor(TestTokens.CountyAdmin(County));
    }

    public async Task DisposeAsync() => await _organizations.DisposeAsync();

    public HttpClient ClientFor(string token) => members.ClientFor(token);

    /// <summary>A member registered in the branch (sponsors and mentors must be full members, M5/M8).</summary>
    public async Task<Guid> RegisterMemberAsync(MembershipStatus status = MembershipStatus.Full)
    {
        var born = new DateOnly(1970, 6, 1);
        var request = new MemberRequest(
            "赵德明", TestNationalIds.For(born, Gender.Male), "Male", "汉族", born, "HighSchool", "FarmerHerderFisher", "Active", status.ToString(),
            new DateOnly(2000, 7, 1), new DateOnly(2000, 7, 1), status == MembershipStatus.Full ? new DateOnly(2001, 7, 1) : null, Branch.Id);
        var response = await Admin.PostAsJsonAsync("/api/members", request);
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
    }

    public static OpenCaseRequest Application(DateOnly on, Guid organization, string nationalId, DateOnly born) =>
        new("王建国", nationalId, "Male", "回族", born, "College", "Worker", organization, on, IsLeagueMember: true);

    public async Task<JsonElement> OpenAsync(DateOnly on, Guid? organization = null, DateOnly? born = null)
    {
        var birth = born ?? new DateOnly(1990, 2, 14);
        var response = await Admin.PostAsJsonAsync("/api/members/development", Application(on, organization ?? Branch.Id, TestNationalIds.For(birth, Gender.Male), birth));
        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    public static Task<HttpResponseMessage> RecordAsync(HttpClient client, Guid caseId, DevelopmentStep step, StepRecord record) =>
        client.PostAsJsonAsync($"/api/members/development/{caseId}/steps/{step}", ToRequest(record));

    /// <summary>Records the timeline's steps after the application up to <paramref name="last"/>, except <paramref name="skipping"/>.</summary>
    public async Task WalkAsync(Guid caseId, DateOnly application, DevelopmentStep last, IReadOnlyList<Guid> fullMembers, params DevelopmentStep[] skipping)
    {
        foreach (var step in DevelopmentSteps.All.Where(s => s > DevelopmentStep.SubmitApplication && s <= last && !skipping.Contains(s)))
        {
            var response = await RecordAsync(Admin, caseId, step, DevelopmentTimeline.RecordFor(application, step, fullMembers));
            Assert.True(response.IsSuccessStatusCode, $"{step}: {await response.Content.ReadAsStringAsync()}");
        }
    }

    public Task<JsonElement> GetAsync(Guid caseId) => Admin.GetFromJsonAsync<JsonElement>($"/api/members/development/{caseId}");

    public static StepRequest ToRequest(StepRecord r) => new(
        r.DecidedOn, r.DecidingBody, r.DocumentNumber, r.Note, r.MemberIds?.ToArray(), r.RecommendationMethod?.ToString(), r.PoliticalReviewResult?.ToString(),
        r.TrainingDays, r.ClassHours, r.PublicNoticeFrom, r.PublicNoticeTo, r.EligibleVoters, r.VotesFor, r.VotesAgainst, r.Outcome?.ToString(), r.ExtensionMonths);

    public static JsonElement Step(JsonElement c, DevelopmentStep step) => c.GetProperty("steps").EnumerateArray().Single(s => s.GetProperty("number").GetInt32() == (int)step);
}
