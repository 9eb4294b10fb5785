using System.Net;
using System.Net.Http.Json;
using Cloud.Contracts.Members;
using Cloud.Testing;

namespace Cloud.Organizations.Tests;

/// <summary>The org scope on the unit, rating and honor endpoints: a township OrgAdmin works in its subtree, gets 404 outside it.</summary>
public sealed class UnitAndRatingScopeTests(OrganizationsHost organizations) : IClassFixture<OrganizationsHost>
{
    private readonly string _county = Counties.New();

    private static int LastYear => UnitRatingTestApi.ThisYear - 1;

    [Fact]
    public async Task Scoped_admin_gets_404_outside_subtree()
    {
        using var county = organizations.ClientFor(_county);
        var ours = await county.RegisterOrganizationAsync("中共千河镇委员会", "PrimaryCommittee");
        var theirs = await county.RegisterOrganizationAsync("中共坪头镇委员会", "PrimaryCommittee");
        var outside = await county.RegisterVillageAsync("坪头村党支部", theirs);
        var outsideJoint = await county.RegisterOrganizationAsync("坪头联合党支部", parentId: theirs, kind: "Joint");
        var unit = await county.RegisterUnitAsync("坪头村", "Village");
        var pairingId = await UnitRatingTestApi.IdOfAsync(await county.PostAsJsonAsync($"/api/organizations/{theirs}/pairings", new { weakOrganizationId = outside, startOn = UnitRatingTestApi.Today }), HttpStatusCode.Created);
        var flagId = await UnitRatingTestApi.IdOfAsync(await county.PostAsJsonAsync($"/api/organizations/{outside}/weak", new { flaggedOn = UnitRatingTestApi.Today, rectificationDeadline = UnitRatingTestApi.Today.AddDays(90) }), HttpStatusCode.Created);
        var siteId = await UnitRatingTestApi.IdOfAsync(await county.PostAsJsonAsync($"/api/organizations/{outside}/demonstration-sites", new { liaisonLeaderId = Guid.NewGuid(), sinceYear = LastYear }), HttpStatusCode.Created);
        var honorId = await UnitRatingTestApi.IdOfAsync(await county.PostAsJsonAsync($"/api/organizations/{outside}/honors", new { award = "FiveGoodsAward", year = LastYear, level = "County" }), HttpStatusCode.Created);
        await (await county.PutAsJsonAsync($"/api/organizations/{outside}/ratings/{LastYear}", new { starRating = 5 })).OkJsonAsync();
        using var admin = organizations.ScopedClient(_county, ours);
        var today = UnitRatingTestApi.Today;

        var requests = new (HttpMethod Method, string Path, object? Body)[]
        {
            (HttpMethod.Get, $"/api/organizations/{outside}/units", null),
            (HttpMethod.Put, $"/api/organizations/{outside}/host-unit", new { unitId = unit }),
            (HttpMethod.Put, $"/api/organizations/{outsideJoint}/covered-units", new { unitIds = new[] { unit } }),
            (HttpMethod.Get, $"/api/organizations/{outside}/member-count", null),
            (HttpMethod.Get, $"/api/organizations/{outside}/ratings", null),
            (HttpMethod.Put, $"/api/organizations/{outside}/ratings/{LastYear}", new { starRating = 1 }),
            (HttpMethod.Get, $"/api/organizations/{outside}/weak", null),
            (HttpMethod.Post, $"/api/organizations/{theirs}/weak", new { flaggedOn = today, rectificationDeadline = today.AddDays(30) }),
            (HttpMethod.Post, $"/api/organizations/{outside}/weak/{flagId}/rectified", new { rectifiedOn = today }),
            (HttpMethod.Get, $"/api/organizations/{outside}/demonstration-sites", null),
            (HttpMethod.Post, $"/api/organizations/{theirs}/demonstration-sites", new { liaisonLeaderId = Guid.NewGuid(), sinceYear = LastYear }),
            (HttpMethod.Put, $"/api/organizations/{outside}/demonstration-sites/{siteId}", new { liaisonLeaderId = Guid.NewGuid(), sinceYear = LastYear }),
            (HttpMethod.Get, $"/api/organizations/{outside}/pairings", null),
            (HttpMethod.Post, $"/api/organizations/{theirs}/pairings", new { weakOrganizationId = ours, startOn = today }),
            (HttpMethod.Post, $"/api/organizations/{theirs}/pairings/{pairingId}/ended", new { endOn = today }),
            (HttpMethod.Get, $"/api/organizations/{outside}/honors", null),
            (HttpMethod.Post, $"/api/organizations/{outside}/honors", new { award = "FiveGoodsAward", year = LastYear, level = "City" }),
            (HttpMethod.Delete, $"/api/organizations/{outside}/honors/{honorId}", null),
            (HttpMethod.Get, $"/api/organizations/units/{unit}", null), // linked below to an organization outside
        };
        await (await county.PutAsJsonAsync($"/api/organizations/{outside}/host-unit", new { unitId = unit })).OkJsonAsync();

        foreach (var (method, path, body) in requests)
        {
            using var request = new HttpRequestMessage(method, path) { Content = body is null ? null : JsonContent.Create(body) };
            var response = await admin.SendAsync(request);

            Assert.True(response.StatusCode == HttpStatusCode.NotFound, $"{method} {path}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        }

        Assert.Equal(1, await UnitRatingTestApi.RowsAsync(_county, "weak_organization_flags WHERE rectified_on IS NULL"));
        Assert.Equal(1, await UnitRatingTestApi.RowsAsync(_county, "demonstration_sites"));
        Assert.Equal(1, await UnitRatingTestApi.RowsAsync(_county, "pairing_assistances WHERE end_on IS NULL"));
        Assert.Equal(1, await UnitRatingTestApi.RowsAsync(_county, "organization_honors"));
        Assert.Equal(1, await UnitRatingTestApi.RowsAsync(_county, "village_ratings WHERE star_rating = 5"));
        Assert.Equal(0, await UnitRatingTestApi.RowsAsync(_county, "organization_covered_units"));
    }

    [Fact]
    public async Task Scoped_admin_works_in_its_subtree_and_its_lists_leave_out_the_rest()
    {
        using var county = organizations.ClientFor(_county);
        var ours = await county.RegisterOrganizationAsync("中共千河镇委员会", "PrimaryCommittee");
        var theirs = await county.RegisterOrganizationAsync("中共坪头镇委员会", "PrimaryCommittee");
        var village = await county.RegisterVillageAsync("东坡村党支部", ours);
        var outside = await county.RegisterVillageAsync("坪头村党支部", theirs);
        var free = await county.RegisterUnitAsync("东坡村", "Village");
        var linkedOutside = await county.RegisterUnitAsync("坪头村", "Village");
        await (await county.PutAsJsonAsync($"/api/organizations/{outside}/host-unit", new { unitId = linkedOutside })).OkJsonAsync();
        foreach (var organization in new[] { village, outside })
        {
            await (await county.PutAsJsonAsync($"/api/organizations/{organization}/ratings/{LastYear}", new { starRating = 4 })).OkJsonAsync();
            await (await county.PostAsJsonAsync($"/api/organizations/{organization}/honors", new { award = "FiveGoodsAward", year = LastYear, level = "County" })).OkJsonAsync(HttpStatusCode.Created);
            await (await county.PostAsJsonAsync($"/api/organizations/{organization}/weak", new { flaggedOn = new DateOnly(LastYear, 3, 1), rectificationDeadline = new DateOnly(LastYear, 9, 1) })).OkJsonAsync(HttpStatusCode.Created);
            await (await county.PostAsJsonAsync($"/api/organizations/{organization}/demonstration-sites", new { liaisonLeaderId = Guid.NewGuid(), sinceYear = LastYear })).OkJsonAsync(HttpStatusCode.Created);
        }

        await (await county.PostAsJsonAsync($"/api/organizations/{theirs}/pairings", new { weakOrganizationId = outside, startOn = new DateOnly(LastYear, 1, 1) })).OkJsonAsync(HttpStatusCode.Created);
        using var admin = organizations.ScopedClient(_county, ours);

        var link = await admin.PutAsJsonAsync($"/api/organizations/{village}/host-unit", new { unitId = free });
        var linkTheirs = await admin.PutAsJsonAsync($"/api/organizations/{village}/host-unit", new { unitId = linkedOutside });
        var newUnit = await admin.PostAsJsonAsync("/api/organizations/units", new { name = "越权单位", category = "Other" });
        var changeUnit = await admin.PutAsJsonAsync($"/api/organizations/units/{free}", new { name = "改名", category = "Village" });
        var units = await admin.GetJsonAsync("/api/organizations/units");
        var coverage = await admin.GetJsonAsync("/api/organizations/units/coverage");

        await link.OkJsonAsync();
        (await linkTheirs.AssertProblemAsync(HttpStatusCode.BadRequest)).AssertFieldError("unitId");
        await newUnit.AssertProblemAsync(HttpStatusCode.Forbidden);
        await changeUnit.AssertProblemAsync(HttpStatusCode.Forbidden);
        Assert.Equal([free], units.Ids());
        Assert.Equal((1, 1), (coverage.GetProperty("units").GetInt32(), coverage.GetProperty("withOrganization").GetInt32()));
        Assert.Equal(1, (await admin.GetJsonAsync($"/api/organizations/ratings/distribution?year={LastYear}")).GetProperty("rated").GetInt32());
        Assert.Equal(1, (await admin.GetJsonAsync($"/api/organizations/honors?year={LastYear}")).GetProperty("honors").GetInt32());
        Assert.Equal(1, (await admin.GetJsonAsync($"/api/organizations/weak?year={LastYear}")).GetProperty("flagged").GetInt32());
        Assert.Equal(1, (await admin.GetJsonAsync($"/api/organizations/demonstration-sites?year={LastYear}")).GetProperty("count").GetInt32());
        Assert.Equal(0, (await admin.GetJsonAsync($"/api/organizations/pairings?year={LastYear}")).GetProperty("count").GetInt32());
        Assert.Equal(1, (await county.GetJsonAsync($"/api/organizations/pairings?year={LastYear}")).GetProperty("count").GetInt32());
    }

    [Fact]
    public async Task Scoped_admin_sees_unestablished_units_that_have_no_organization()
    {
        using var county = organizations.ClientFor(_county);
        var ours = await county.RegisterOrganizationAsync("中共千河镇委员会", "PrimaryCommittee");
        var unit = await county.RegisterUnitAsync("千河物流公司");
        await using var members = await TestBus<UnitMembershipCounted>.StartAsync(TestEnvironment.AmqpUrl);
        await members.PublishAsync(new UnitMembershipCounted(_county, Guid.NewGuid(), DateTimeOffset.UtcNow, unit, 6));
        using var admin = organizations.ScopedClient(_county, ours);

        var unestablished = await Eventually.WaitAsync(
            () => admin.GetJsonAsync("/api/organizations/units/unestablished"),
            u => u.GetProperty("unestablishedRequiredCount").GetInt32() == 1, TimeSpan.FromSeconds(30), "the unit's count arrives");

        Assert.Equal(unit, unestablished.GetProperty("units")[0].GetProperty("id").GetGuid());
    }
}
