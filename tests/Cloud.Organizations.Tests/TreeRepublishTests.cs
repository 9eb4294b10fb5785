using System.Net;
using System.Net.Http.Json;
using Cloud.ServiceDefaults.Auth;
using Cloud.Testing;

namespace Cloud.Organizations.Tests;

/// <summary>A service that joins late learns the county's current tree from a republish, through the outbox.</summary>
public sealed class TreeRepublishTests(OrganizationsHost organizations) : IClassFixture<OrganizationsHost>
{
    private readonly LeadershipTestClient _county = new(organizations, Counties.New());

    [Fact]
    public async Task Republish_sends_every_organization_with_its_current_name_and_the_dissolved_ones_as_dissolved()
    {
        var township = await _county.RegisterAsync("中共千河镇委员会", "PrimaryCommittee", domain: "Township");
        var village = await _county.RegisterAsync("东坡村党支部", "Branch", township, "Village");
        var gone = await _county.RegisterAsync("西坡村党支部", "Branch", township, "Village");
        (await _county.Http.PostAsJsonAsync($"/api/organizations/{village}/rename", new { name = "东坡村联合党支部" })).EnsureSuccessStatusCode();
        (await _county.Http.PostAsJsonAsync($"/api/organizations/{gone}/dissolve", new { reason = "并入东坡村" })).EnsureSuccessStatusCode();
        var before = await _county.CountAsync("outbox WHERE type = 'Cloud.Contracts.Organizations.OrganizationRegistered'");

        var response = await _county.Http.PostAsync("/api/organizations/tree/republish", null);
        var scoped = organizations.ClientFor(_county.County);
        scoped.DefaultRequestHeaders.Authorization = new("Bearer", TestTokens.Scoped(_county.County, township));
        var byScopedAdmin = await scoped.PostAsync("/api/organizations/tree/republish", null);

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        var count = (await response.Content.ReadFromJsonAsync<System.Text.Json.JsonElement>()).GetProperty("organizations").GetInt32();
        Assert.Equal(before + count, await _county.CountAsync("outbox WHERE type = 'Cloud.Contracts.Organizations.OrganizationRegistered'"));
        Assert.Equal(1, await _county.CountAsync($"outbox WHERE type = 'Cloud.Contracts.Organizations.OrganizationRegistered' AND payload->>'Name' = '东坡村联合党支部'"));
        Assert.Equal(2, await _county.CountAsync($"outbox WHERE type = 'Cloud.Contracts.Organizations.OrganizationDissolved' AND payload->>'OrganizationId' = '{gone}'"));
        Assert.Equal(HttpStatusCode.Forbidden, byScopedAdmin.StatusCode);
    }
}
