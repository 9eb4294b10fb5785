using System.Net;
using System.Net.Http.Json;
using Cloud.Testing;

namespace Cloud.Organizations.Tests;

/// <summary>Honors of organizations ("五个好", "五好"党支部, 先进基层党组织, ...) and indicator 47.</summary>
public sealed class HonorTests(OrganizationsHost organizations) : IClassFixture<OrganizationsHost>
{
    private readonly string _county = Counties.New();

    private HttpClient Client => organizations.ClientFor(_county);

    private static int LastYear => UnitRatingTestApi.ThisYear - 1;

    [Fact]
    public async Task Honors_counted_by_year_and_level()
    {
        var village = await Client.RegisterVillageAsync("东坡村党支部");
        var township = await Client.RegisterOrganizationAsync("中共千河镇委员会", "PrimaryCommittee", domain: "Township");
        var organ = await Client.RegisterOrganizationAsync("县财政局机关党支部", domain: "GovernmentOrgan");
        await GrantAsync(village, "FiveGoodsAward", LastYear, "County");
        await GrantAsync(village, "FiveGoodsAward", LastYear, "City");
        await GrantAsync(township, "FiveGoodsAward", LastYear, "City");
        await GrantAsync(organ, "FiveGoodsBranchAward", LastYear, "County", "第四批");
        await GrantAsync(organ, "Other", LastYear, "Province", "省级文明单位");
        await GrantAsync(village, "AdvancedGrassrootsOrganization", LastYear - 1, "County");

        var year = await Client.GetJsonAsync($"/api/organizations/honors?year={LastYear}");
        var city = await Client.GetJsonAsync($"/api/organizations/honors?year={LastYear}&level=City");
        var before = await Client.GetJsonAsync($"/api/organizations/honors?year={LastYear - 1}");

        Assert.Equal(5, year.GetProperty("honors").GetInt32());
        Assert.Equal(3, year.GetProperty("organizations").GetInt32());
        var byAward = year.GetProperty("byAward").EnumerateArray().ToDictionary(a => a.GetProperty("name").GetString()!, a => a.GetProperty("count").GetInt32());
        var byLevel = year.GetProperty("byLevel").EnumerateArray().ToDictionary(a => a.GetProperty("name").GetString()!, a => a.GetProperty("count").GetInt32());
        Assert.Equal(new Dictionary<string, int> { ["FiveGoodsAward"] = 3, ["FiveGoodsBranchAward"] = 1, ["AdvancedGrassrootsOrganization"] = 0, ["Other"] = 1 }, byAward);
        Assert.Equal(new Dictionary<string, int> { ["County"] = 2, ["City"] = 2, ["Province"] = 1, ["National"] = 0 }, byLevel);
        Assert.Equal(2, city.GetProperty("honors").GetInt32());
        Assert.Equal(2, city.GetProperty("organizations").GetInt32());
        Assert.Equal("City", city.GetProperty("level").GetString());
        Assert.Equal(1, before.GetProperty("honors").GetInt32());
        Assert.Equal(3, (await Client.GetJsonAsync($"/api/organizations/{village}/honors")).GetArrayLength());
    }

    [Fact]
    public async Task The_same_honor_is_recorded_once_and_may_be_withdrawn()
    {
        var village = await Client.RegisterVillageAsync("西坡村党支部");
        var honor = await GrantAsync(village, "FiveGoodsAward", LastYear, "County");

        var again = await Client.PostAsJsonAsync($"/api/organizations/{village}/honors", new { award = "FiveGoodsAward", year = LastYear, level = "County" });
        var otherLevel = await Client.PostAsJsonAsync($"/api/organizations/{village}/honors", new { award = "FiveGoodsAward", year = LastYear, level = "City" });
        var withdrawn = await Client.DeleteAsync($"/api/organizations/{village}/honors/{honor}");
        var withdrawnAgain = await Client.DeleteAsync($"/api/organizations/{village}/honors/{honor}");

        await again.AssertProblemAsync(HttpStatusCode.Conflict);
        await otherLevel.OkJsonAsync(HttpStatusCode.Created);
        Assert.Equal(HttpStatusCode.NoContent, withdrawn.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, withdrawnAgain.StatusCode);
        Assert.Equal(1, await UnitRatingTestApi.RowsAsync(_county, "organization_honors"));
    }

    [Fact]
    public async Task Bad_honor_input_is_refused_and_nothing_written()
    {
        var village = await Client.RegisterVillageAsync("南坡村党支部");

        var missing = await Client.PostAsJsonAsync($"/api/organizations/{village}/honors", new { });
        var otherWithoutTitle = await Client.PostAsJsonAsync($"/api/organizations/{village}/honors", new { award = "Other", year = LastYear, level = "County" });
        var badAward = await Client.PostAsJsonAsync($"/api/organizations/{village}/honors", new { award = "Medal", year = LastYear, level = "County" });
        var badLevel = await Client.PostAsJsonAsync($"/api/organizations/{village}/honors", new { award = "FiveGoodsAward", year = LastYear, level = "Township" });
        var future = await Client.PostAsJsonAsync($"/api/organizations/{village}/honors", new { award = "FiveGoodsAward", year = LastYear + 2, level = "County" });
        var longTitle = await Client.PostAsJsonAsync($"/api/organizations/{village}/honors", new { award = "Other", year = LastYear, level = "County", title = new string('奖', 101) });
        var badFilter = await Client.GetAsync("/api/organizations/honors?level=Township");

        var problem = await missing.AssertProblemAsync(HttpStatusCode.BadRequest);
        problem.AssertFieldError("award");
        problem.AssertFieldError("year");
        problem.AssertFieldError("level");
        (await otherWithoutTitle.AssertProblemAsync(HttpStatusCode.BadRequest)).AssertFieldError("title");
        (await badAward.AssertProblemAsync(HttpStatusCode.BadRequest)).AssertFieldError("award");
        (await badLevel.AssertProblemAsync(HttpStatusCode.BadRequest)).AssertFieldError("level");
        (await future.AssertProblemAsync(HttpStatusCode.BadRequest)).AssertFieldError("year");
        (await longTitle.AssertProblemAsync(HttpStatusCode.BadRequest)).AssertFieldError("title");
        (await badFilter.AssertProblemAsync(HttpStatusCode.BadRequest)).AssertFieldError("level");
        Assert.Equal(0, await UnitRatingTestApi.RowsAsync(_county, "organization_honors"));
    }

    private async Task<Guid> GrantAsync(Guid organization, string award, int year, string level, string? title = null) =>
        await UnitRatingTestApi.IdOfAsync(
            await Client.PostAsJsonAsync($"/api/organizations/{organization}/honors", new { award, year, level, title }), HttpStatusCode.Created);
}
