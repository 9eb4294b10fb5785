using System.Net;
using System.Net.Http.Json;
using Cloud.Testing;

namespace Cloud.Organizations.Tests;

/// <summary>The host-unit registry and how organizations are linked to units (host unit; covered units of a joint branch, O3).</summary>
public sealed class UnitRegistryTests(OrganizationsHost organizations) : IClassFixture<OrganizationsHost>
{
    private readonly string _county = Counties.New();

    private HttpClient Client => organizations.ClientFor(_county);

    [Fact]
    public async Task Joint_branch_covers_at_most_five_units()
    {
        var joint = await Client.RegisterOrganizationAsync("千河镇非公企业联合党支部", kind: "Joint");
        var units = new List<Guid>();
        for (var i = 1; i <= 6; i++)
        {
            units.Add(await Client.RegisterUnitAsync($"千河镇第{i}小微企业"));
        }

        var five = await Client.PutAsJsonAsync($"/api/organizations/{joint}/covered-units", new { unitIds = units.Take(5) });
        var six = await Client.PutAsJsonAsync($"/api/organizations/{joint}/covered-units", new { unitIds = units });
        var hostAsSixth = await Client.PutAsJsonAsync($"/api/organizations/{joint}/host-unit", new { unitId = units[5] });

        var covered = await five.OkJsonAsync();
        Assert.Equal(units.Take(5).Order(), covered.GetProperty("coveredUnits").Ids().Order());
        (await six.AssertProblemAsync(HttpStatusCode.BadRequest)).AssertFieldError("unitIds");
        (await hostAsSixth.AssertProblemAsync(HttpStatusCode.BadRequest)).AssertFieldError("unitId");
        Assert.Equal(5, await UnitRatingTestApi.RowsAsync(_county, "organization_covered_units"));
        var now = await Client.GetJsonAsync($"/api/organizations/{joint}/units");
        Assert.Equal(5, now.GetProperty("coveredUnits").GetArrayLength());
        Assert.Equal(System.Text.Json.JsonValueKind.Null, now.GetProperty("hostUnit").ValueKind);
    }

    [Fact]
    public async Task Joint_branch_host_unit_counts_among_its_five()
    {
        var joint = await Client.RegisterOrganizationAsync("坪头镇商户联合党支部", kind: "Joint");
        var units = new List<Guid>();
        for (var i = 1; i <= 5; i++)
        {
            units.Add(await Client.RegisterUnitAsync($"坪头镇第{i}商户"));
        }

        var hostUnit = await Client.RegisterUnitAsync("坪头镇商会");
        await (await Client.PutAsJsonAsync($"/api/organizations/{joint}/host-unit", new { unitId = hostUnit })).OkJsonAsync();

        var fivePlusHost = await Client.PutAsJsonAsync($"/api/organizations/{joint}/covered-units", new { unitIds = units });
        var fourPlusHostAndHostAgain = await Client.PutAsJsonAsync($"/api/organizations/{joint}/covered-units", new { unitIds = units.Take(4).Append(hostUnit) });

        (await fivePlusHost.AssertProblemAsync(HttpStatusCode.BadRequest)).AssertFieldError("unitIds");
        await fourPlusHostAndHostAgain.OkJsonAsync();
    }

    [Fact]
    public async Task Only_a_joint_branch_covers_further_units()
    {
        var standard = await Client.RegisterOrganizationAsync("千河镇机关党支部");
        var unit = await Client.RegisterUnitAsync("千河镇人民政府", "GovernmentOrgan");

        var response = await Client.PutAsJsonAsync($"/api/organizations/{standard}/covered-units", new { unitIds = new[] { unit } });
        var host = await Client.PutAsJsonAsync($"/api/organizations/{standard}/host-unit", new { unitId = unit });

        (await response.AssertProblemAsync(HttpStatusCode.BadRequest)).AssertFieldError("unitIds");
        var linked = await host.OkJsonAsync();
        Assert.Equal(unit, linked.GetProperty("hostUnit").GetProperty("id").GetGuid());
        Assert.Equal(0, await UnitRatingTestApi.RowsAsync(_county, "organization_covered_units"));
    }

    [Fact]
    public async Task Unit_with_organization_counts_as_covered()
    {
        var hosted = await Client.RegisterUnitAsync("东坡村", "Village");
        var coveredByJoint = await Client.RegisterUnitAsync("东坡村第一合作社", "Cooperative");
        var alone = await Client.RegisterUnitAsync("西坡村", "Village");
        var branch = await Client.RegisterVillageAsync("东坡村党支部");
        var joint = await Client.RegisterOrganizationAsync("东坡合作社联合党支部", kind: "Joint");
        await (await Client.PutAsJsonAsync($"/api/organizations/{branch}/host-unit", new { unitId = hosted })).OkJsonAsync();
        await (await Client.PutAsJsonAsync($"/api/organizations/{joint}/covered-units", new { unitIds = new[] { coveredByJoint } })).OkJsonAsync();

        var list = await Client.GetJsonAsync("/api/organizations/units");
        var detail = await Client.GetJsonAsync($"/api/organizations/units/{hosted}");

        var has = list.EnumerateArray().ToDictionary(u => u.GetProperty("id").GetGuid(), u => u.GetProperty("hasOrganization").GetBoolean());
        Assert.True(has[hosted]);
        Assert.True(has[coveredByJoint]);
        Assert.False(has[alone]);
        var link = Assert.Single(detail.GetProperty("organizations").EnumerateArray());
        Assert.Equal(branch, link.GetProperty("id").GetGuid());
        Assert.Equal("Host", link.GetProperty("link").GetString());
    }

    [Fact]
    public async Task Unit_of_a_dissolved_organization_is_not_covered()
    {
        var unit = await Client.RegisterUnitAsync("旧厂", "StateOwnedEnterprise");
        var branch = await Client.RegisterOrganizationAsync("旧厂党支部");
        await (await Client.PutAsJsonAsync($"/api/organizations/{branch}/host-unit", new { unitId = unit })).OkJsonAsync();
        Assert.True((await Client.GetJsonAsync($"/api/organizations/units/{unit}")).GetProperty("hasOrganization").GetBoolean());

        await organizations.DissolveAsync(_county, branch);

        Assert.False((await Client.GetJsonAsync($"/api/organizations/units/{unit}")).GetProperty("hasOrganization").GetBoolean());
        var relink = await Client.PutAsJsonAsync($"/api/organizations/{branch}/host-unit", new { unitId = (Guid?)null });
        await relink.AssertProblemAsync(HttpStatusCode.Conflict);
    }

    [Fact]
    public async Task Units_are_listed_by_category_and_township_and_changed()
    {
        var village = await Client.RegisterUnitAsync("东坡村", "Village", "千河镇");
        await Client.RegisterUnitAsync("坪头村", "Village", "坪头镇");
        await Client.RegisterUnitAsync("千河镇中学", "School", "千河镇");

        var villages = await Client.GetJsonAsync("/api/organizations/units?category=Village");
        var all = await Client.GetJsonAsync("/api/organizations/units?category=&township=");
        var qianhe = await Client.GetJsonAsync("/api/organizations/units?township=千河镇");
        var changed = await Client.PutAsJsonAsync($"/api/organizations/units/{village}", new { name = "东坡社区", category = "Community", township = "千河镇", employeeCount = 12 });

        Assert.Equal(2, villages.GetArrayLength());
        Assert.Equal(3, all.GetArrayLength());
        Assert.Equal(2, qianhe.GetArrayLength());
        var body = await changed.OkJsonAsync();
        Assert.Equal("东坡社区", body.GetProperty("name").GetString());
        Assert.Equal("Community", body.GetProperty("category").GetString());
        Assert.Equal(12, body.GetProperty("employeeCount").GetInt32());
        Assert.Equal(0, body.GetProperty("fullMemberCount").GetInt32());
    }

    [Fact]
    public async Task Bad_unit_input_is_refused_and_nothing_written()
    {
        var unit = await Client.RegisterUnitAsync("千河镇供销社", "Cooperative");
        var branch = await Client.RegisterOrganizationAsync("供销社党支部");
        var joint = await Client.RegisterOrganizationAsync("联合党支部", kind: "Joint");

        var noName = await Client.PostAsJsonAsync("/api/organizations/units", new { name = " ", category = "School" });
        var badCategory = await Client.PostAsJsonAsync("/api/organizations/units", new { name = "某单位", category = "Factory" });
        var numberCategory = await Client.PostAsJsonAsync("/api/organizations/units", new { name = "某单位", category = "1" });
        var longTownship = await Client.PostAsJsonAsync("/api/organizations/units", new { name = "某单位", category = "School", township = new string('镇', 51) });
        var negative = await Client.PostAsJsonAsync("/api/organizations/units", new { name = "某单位", category = "School", employeeCount = -1 });
        var notJson = await Client.PostAsync("/api/organizations/units", new StringContent("{\"name\":", System.Text.Encoding.UTF8, "application/json"));
        var badUpdate = await Client.PutAsJsonAsync($"/api/organizations/units/{unit}", new { name = new string('名', 101), category = "Cooperative" });
        var unknownUnit = await Client.PutAsJsonAsync($"/api/organizations/{branch}/host-unit", new { unitId = Guid.NewGuid() });
        var unknownCovered = await Client.PutAsJsonAsync($"/api/organizations/{joint}/covered-units", new { unitIds = new[] { unit, Guid.NewGuid() } });
        var noList = await Client.PutAsJsonAsync($"/api/organizations/{joint}/covered-units", new { });
        var badFilter = await Client.GetAsync("/api/organizations/units?category=Nope");

        (await noName.AssertProblemAsync(HttpStatusCode.BadRequest)).AssertFieldError("name");
        (await badCategory.AssertProblemAsync(HttpStatusCode.BadRequest)).AssertFieldError("category");
        (await numberCategory.AssertProblemAsync(HttpStatusCode.BadRequest)).AssertFieldError("category");
        (await longTownship.AssertProblemAsync(HttpStatusCode.BadRequest)).AssertFieldError("township");
        (await negative.AssertProblemAsync(HttpStatusCode.BadRequest)).AssertFieldError("employeeCount");
        await notJson.AssertProblemAsync(HttpStatusCode.BadRequest);
        (await badUpdate.AssertProblemAsync(HttpStatusCode.BadRequest)).AssertFieldError("name");
        (await unknownUnit.AssertProblemAsync(HttpStatusCode.BadRequest)).AssertFieldError("unitId");
        (await unknownCovered.AssertProblemAsync(HttpStatusCode.BadRequest)).AssertFieldError("unitIds");
        (await noList.AssertProblemAsync(HttpStatusCode.BadRequest)).AssertFieldError("unitIds");
        (await badFilter.AssertProblemAsync(HttpStatusCode.BadRequest)).AssertFieldError("category");
        Assert.Equal(1, await UnitRatingTestApi.RowsAsync(_county, "host_units"));
        Assert.Equal(1, await UnitRatingTestApi.RowsAsync(_county, "host_units WHERE name = '千河镇供销社'"));
        Assert.Equal(0, await UnitRatingTestApi.RowsAsync(_county, "organizations WHERE host_unit_id IS NOT NULL"));
        Assert.Equal(0, await UnitRatingTestApi.RowsAsync(_county, "organization_covered_units"));
        Assert.Equal(HttpStatusCode.NotFound, (await Client.GetAsync($"/api/organizations/units/{Guid.NewGuid()}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await Client.PutAsJsonAsync($"/api/organizations/{Guid.NewGuid()}/host-unit", new { unitId = unit })).StatusCode);
    }

    [Fact]
    public async Task Another_countys_unit_is_unknown()
    {
        using var other = organizations.ClientFor(Counties.New());
        var theirs = await other.RegisterUnitAsync("他县企业");
        var branch = await Client.RegisterOrganizationAsync("本县支部");

        var link = await Client.PutAsJsonAsync($"/api/organizations/{branch}/host-unit", new { unitId = theirs });

        (await link.AssertProblemAsync(HttpStatusCode.BadRequest)).AssertFieldError("unitId");
        Assert.Equal(HttpStatusCode.NotFound, (await Client.GetAsync($"/api/organizations/units/{theirs}")).StatusCode);
        Assert.Empty((await Client.GetJsonAsync("/api/organizations/units")).EnumerateArray());
    }
}
