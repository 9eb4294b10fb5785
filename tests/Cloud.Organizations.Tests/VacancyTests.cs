using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Cloud.Testing;

namespace Cloud.Organizations.Tests;

/// <summary>SecretaryVacancyRule (O19): vacant since the secretary left, or since registration for an organization never staffed; a new secretary fills it.</summary>
public sealed class VacancyTests(OrganizationsHost organizations) : IClassFixture<OrganizationsHost>
{
    private const string Opened = "outbox WHERE type = 'Cloud.Contracts.Organizations.SecretaryVacancyOpened'";
    private const string Filled = "outbox WHERE type = 'Cloud.Contracts.Organizations.SecretaryVacancyFilled'";

    private readonly LeadershipTestClient _county = new(organizations, Counties.New());

    private static DateOnly Today => LeadershipTestClient.Today;

    [Fact]
    public async Task Never_staffed_organization_is_vacant_since_registration()
    {
        var branch = await _county.RegisterAsync("东坡村党支部", "Branch", domain: "Village");
        var group = await _county.RegisterAsync("第一党小组", "PartyGroup", branch);
        var proposed = await RegisterProposedAsync();
        await _county.BackdateRegistrationAsync(branch, 40);
        await _county.BackdateRegistrationAsync(group, 40);

        var vacancy = (await _county.LeadershipAsync(branch)).GetProperty("vacancy");
        var listed = await VacantAsync(minDays: 40);
        var notYet = await VacantAsync(minDays: 41);

        Assert.Equal(LeadershipTestClient.Date(Today.AddDays(-40)), vacancy.GetProperty("vacantSince").GetString());
        Assert.Equal(40, vacancy.GetProperty("days").GetInt32());
        Assert.Equal(40, listed[branch]);
        Assert.DoesNotContain(group, listed.Keys);
        Assert.DoesNotContain(proposed, (await VacantAsync(minDays: 0)).Keys);
        Assert.Empty(notYet);
        Assert.Equal(0, await _county.CountAsync("secretary_vacancies"));
        Assert.Equal(0, await _county.CountAsync(Opened));
    }

    [Fact]
    public async Task Assigning_secretary_fills_vacancy()
    {
        var neverStaffed = await _county.RegisterAsync("西坡村党支部", "Branch", domain: "Village");
        await _county.BackdateRegistrationAsync(neverStaffed, 30);
        var left = await _county.RegisterAsync("南坡村党支部", "Branch", domain: "Village");
        var first = (await _county.AssignAsync(left, Guid.NewGuid(), "Secretary", Today.AddMonths(-6), "Elected")).GetProperty("id").GetGuid();
        await _county.EndAsync(left, first, Today.AddDays(-20));

        await _county.AssignAsync(neverStaffed, Guid.NewGuid(), "Secretary", Today.AddDays(-1), "Appointed");
        var successor = Guid.NewGuid();
        await _county.AssignAsync(left, successor, "Secretary", Today, "ByElection");

        Assert.Equal(JsonValueKind.Null, (await _county.LeadershipAsync(neverStaffed)).GetProperty("vacancy").ValueKind);
        var leadership = await _county.LeadershipAsync(left);
        Assert.Equal(JsonValueKind.Null, leadership.GetProperty("vacancy").ValueKind);
        Assert.Equal(successor, leadership.GetProperty("secretaryMemberId").GetGuid());
        Assert.Empty(await VacantAsync(minDays: 0));
        Assert.Equal(1, await _county.CountAsync(
            $"secretary_vacancies WHERE organization_id = '{neverStaffed}' AND vacant_since = '{LeadershipTestClient.Date(Today.AddDays(-30))}' AND filled_on = '{LeadershipTestClient.Date(Today.AddDays(-1))}' AND filled_by = 'Appointment'"));
        Assert.Equal(1, await _county.CountAsync(
            $"secretary_vacancies WHERE organization_id = '{left}' AND vacant_since = '{LeadershipTestClient.Date(Today.AddDays(-20))}' AND filled_on = '{LeadershipTestClient.Date(Today)}' AND filled_by = 'ByElection'"));
        // The first secretary of the second branch filled its vacancy since registration too: three fills in all.
        Assert.Equal(3, await _county.CountAsync(Filled));
        Assert.Equal(0, await _county.CountAsync("secretary_vacancies WHERE filled_on IS NULL"));
    }

    [Fact]
    public async Task Ending_secretary_opens_vacancy()
    {
        var branch = await _county.RegisterAsync("县财政局机关党支部", "Branch", domain: "GovernmentOrgan");
        var secretary = (await _county.AssignAsync(branch, Guid.NewGuid(), "Secretary", Today.AddYears(-1), "Elected")).GetProperty("id").GetGuid();

        var ended = await _county.EndAsync(branch, secretary, Today.AddDays(-10), "Transferred");
        var tooEarly = await _county.PostPositionAsync(branch, new { memberId = Guid.NewGuid(), role = "Secretary", source = "ByElection", startedOn = LeadershipTestClient.Date(Today.AddDays(-11)) });

        Assert.Equal(HttpStatusCode.OK, ended.StatusCode);
        var leadership = await _county.LeadershipAsync(branch);
        Assert.Equal(LeadershipTestClient.Date(Today.AddDays(-10)), leadership.GetProperty("vacancy").GetProperty("vacantSince").GetString());
        Assert.Equal(10, leadership.GetProperty("vacancy").GetProperty("days").GetInt32());
        Assert.Equal(JsonValueKind.Null, leadership.GetProperty("secretaryMemberId").ValueKind);
        Assert.Equal(10, (await VacantAsync(minDays: 10))[branch]);
        Assert.Equal(1, await _county.CountAsync("secretary_vacancies WHERE filled_on IS NULL"));
        Assert.Equal(1, await _county.CountAsync(Opened));
        (await tooEarly.AssertProblemAsync(HttpStatusCode.BadRequest)).AssertFieldError("startedOn");
    }

    [Fact]
    public async Task New_committee_without_a_secretary_opens_vacancy()
    {
        var branch = await _county.RegisterAsync("县交通局机关党支部", "Branch", domain: "GovernmentOrgan");
        await _county.ElectAsync(branch, Today.AddYears(-4), (Guid.NewGuid(), "Secretary"));

        await _county.ElectAsync(branch, Today.AddDays(-5), (Guid.NewGuid(), "OrganizationCommissioner"));

        var vacancy = (await _county.LeadershipAsync(branch)).GetProperty("vacancy");
        Assert.Equal(LeadershipTestClient.Date(Today.AddDays(-5)), vacancy.GetProperty("vacantSince").GetString());
        Assert.Equal(1, await _county.CountAsync(Opened));
    }

    private async Task<Dictionary<Guid, int>> VacantAsync(int minDays) =>
        (await _county.GetAsync($"/api/organizations/vacancies?minDays={minDays}")).EnumerateArray()
            .ToDictionary(v => v.GetProperty("organizationId").GetGuid(), v => v.GetProperty("days").GetInt32());

    private async Task<Guid> RegisterProposedAsync()
    {
        var response = await _county.Http.PostAsJsonAsync("/api/organizations", new { name = "拟建党支部", type = "Branch", status = "Proposed" });
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
    }
}
