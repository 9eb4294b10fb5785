using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Cloud.Testing;

namespace Cloud.Organizations.Tests;

/// <summary>The org scope on every leadership endpoint: a township OrgAdmin works inside its subtree and gets 404 outside it.</summary>
public sealed class TermScopeTests(OrganizationsHost organizations) : IClassFixture<OrganizationsHost>
{
    private readonly LeadershipTestClient _county = new(organizations, Counties.New());

    private static DateOnly Today => LeadershipTestClient.Today;

    [Fact]
    public async Task Scoped_admin_gets_404_outside_subtree()
    {
        var township = await _county.RegisterAsync("中共千河镇委员会", "PrimaryCommittee", domain: "Township");
        var village = await _county.RegisterAsync("东坡村党支部", "Branch", township, domain: "Village");
        var otherTownship = await _county.RegisterAsync("中共坪头镇委员会", "PrimaryCommittee", domain: "Township");
        var otherVillage = await _county.RegisterAsync("坪头村党支部", "Branch", otherTownship, domain: "Village");
        var otherTerm = (await _county.ElectAsync(otherVillage, Today.AddYears(-6), (Guid.NewGuid(), "Secretary"))).GetProperty("term").GetProperty("id").GetGuid();
        var otherPosition = (await _county.AssignAsync(otherVillage, Guid.NewGuid(), "CommitteeMember", Today)).GetProperty("id").GetGuid();
        using var admin = organizations.Host.CreateClient();
        admin.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", TestTokens.Scoped(_county.County, township));
        var election = LeadershipTestClient.Election(Today.AddDays(-1), (Guid.NewGuid(), "Secretary"));
        var assignment = new { memberId = Guid.NewGuid(), role = "DeputySecretary", source = "Elected", startedOn = LeadershipTestClient.Date(Today) };
        var extension = new { extendedUntil = LeadershipTestClient.Date(Today.AddMonths(1)), approvedOn = LeadershipTestClient.Date(Today), approvalDocNo = "坪组字〔2026〕1号" };
        var otherEvents = $"outbox WHERE payload->>'OrganizationId' = '{otherVillage}'";
        var otherEventsBefore = await _county.CountAsync(otherEvents);

        var inside = new[]
        {
            await admin.PostAsJsonAsync($"/api/organizations/{village}/terms", election),
            await admin.PostAsJsonAsync($"/api/organizations/{village}/positions", assignment),
            await admin.GetAsync($"/api/organizations/{village}/terms"),
            await admin.GetAsync($"/api/organizations/{village}/positions"),
            await admin.GetAsync($"/api/organizations/{village}/leadership"),
        };
        var outside = new[]
        {
            await admin.PostAsJsonAsync($"/api/organizations/{otherVillage}/terms", election),
            await admin.PostAsJsonAsync($"/api/organizations/{otherVillage}/terms/{otherTerm}/extension", extension),
            await admin.PostAsJsonAsync($"/api/organizations/{otherVillage}/positions", assignment),
            await admin.PostAsJsonAsync($"/api/organizations/{otherVillage}/positions/{otherPosition}/end", new { endedOn = LeadershipTestClient.Date(Today), reason = "Resigned" }),
            await admin.GetAsync($"/api/organizations/{otherVillage}/terms"),
            await admin.GetAsync($"/api/organizations/{otherVillage}/positions"),
            await admin.GetAsync($"/api/organizations/{otherVillage}/leadership"),
        };
        var terms = await admin.GetFromJsonAsync<JsonElement>("/api/organizations/terms");
        var vacancies = await admin.GetFromJsonAsync<JsonElement>("/api/organizations/vacancies");

        Assert.All(inside, r => Assert.True(r.IsSuccessStatusCode, $"{r.RequestMessage!.RequestUri}: {(int)r.StatusCode}"));
        Assert.All(outside, r => Assert.Equal(HttpStatusCode.NotFound, r.StatusCode));
        Assert.Equal([village], terms.EnumerateArray().Select(t => t.GetProperty("organizationId").GetGuid()));
        var vacant = vacancies.EnumerateArray().Select(v => v.GetProperty("organizationId").GetGuid()).ToList();
        Assert.Contains(township, vacant);
        Assert.DoesNotContain(otherTownship, vacant);
        Assert.Equal(1, await _county.CountAsync($"terms WHERE organization_id = '{otherVillage}'"));
        Assert.Equal(0, await _county.CountAsync($"committee_positions WHERE organization_id = '{otherVillage}' AND ended_on IS NOT NULL"));
        Assert.Equal(otherEventsBefore, await _county.CountAsync(otherEvents));
    }
}
