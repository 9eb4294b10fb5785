using System.Net;
using System.Net.Http.Json;
using Cloud.Testing;

namespace Cloud.Organizations.Tests;

/// <summary>党建示范点 and 1+1 结对帮扶 (indicator 46).</summary>
public sealed class RatingSiteAndPairingTests(OrganizationsHost organizations) : IClassFixture<OrganizationsHost>
{
    private readonly string _county = Counties.New();

    private HttpClient Client => organizations.ClientFor(_county);

    private static int ThisYear => UnitRatingTestApi.ThisYear;

    [Fact]
    public async Task Pairing_with_itself_is_refused()
    {
        var strong = await Client.RegisterVillageAsync("东坡村党支部");

        var response = await Client.PostAsJsonAsync($"/api/organizations/{strong}/pairings", new { weakOrganizationId = strong, startOn = UnitRatingTestApi.Today });

        (await response.AssertProblemAsync(HttpStatusCode.BadRequest)).AssertFieldError("weakOrganizationId");
        Assert.Equal(0, await UnitRatingTestApi.RowsAsync(_county, "pairing_assistances"));
    }

    [Fact]
    public async Task Pairings_are_listed_for_both_sides_ended_once_and_counted_by_year()
    {
        var strong = await Client.RegisterOrganizationAsync("县财政局机关党支部", domain: "GovernmentOrgan");
        var weak = await Client.RegisterVillageAsync("西坡村党支部");
        var otherWeak = await Client.RegisterVillageAsync("坪头村党支部");
        var start = new DateOnly(ThisYear - 2, 3, 1);

        var pairing = await (await Client.PostAsJsonAsync($"/api/organizations/{strong}/pairings", new { weakOrganizationId = weak, startOn = start })).OkJsonAsync(HttpStatusCode.Created);
        var again = await Client.PostAsJsonAsync($"/api/organizations/{strong}/pairings", new { weakOrganizationId = weak, startOn = start.AddMonths(6) });
        var ended = await Client.PostAsJsonAsync($"/api/organizations/{weak}/pairings/{pairing.GetProperty("id").GetGuid()}/ended", new { endOn = new DateOnly(ThisYear - 1, 6, 30) });
        var endedAgain = await Client.PostAsJsonAsync($"/api/organizations/{strong}/pairings/{pairing.GetProperty("id").GetGuid()}/ended", new { endOn = new DateOnly(ThisYear - 1, 6, 30) });
        await (await Client.PostAsJsonAsync($"/api/organizations/{strong}/pairings", new { weakOrganizationId = otherWeak, startOn = new DateOnly(ThisYear, 1, 1) })).OkJsonAsync(HttpStatusCode.Created);

        await again.AssertProblemAsync(HttpStatusCode.Conflict);
        Assert.Equal("县财政局机关党支部", (await ended.OkJsonAsync()).GetProperty("strongOrganizationName").GetString());
        await endedAgain.AssertProblemAsync(HttpStatusCode.Conflict);
        Assert.Equal(2, (await Client.GetJsonAsync($"/api/organizations/{strong}/pairings")).GetArrayLength());
        Assert.Equal(1, (await Client.GetJsonAsync($"/api/organizations/{weak}/pairings")).GetArrayLength());
        Assert.Equal(1, (await Client.GetJsonAsync($"/api/organizations/pairings?year={ThisYear - 1}")).GetProperty("count").GetInt32());
        var thisYear = await Client.GetJsonAsync("/api/organizations/pairings");
        Assert.Equal(1, thisYear.GetProperty("count").GetInt32());
        Assert.Equal(otherWeak, thisYear.GetProperty("pairings")[0].GetProperty("weakOrganizationId").GetGuid());
    }

    [Fact]
    public async Task Bad_pairing_input_is_refused_and_nothing_written()
    {
        var strong = await Client.RegisterOrganizationAsync("县教育局机关党支部");
        var weak = await Client.RegisterVillageAsync("南坡村党支部");
        var dissolved = await Client.RegisterVillageAsync("已撤销村党支部");
        await organizations.DissolveAsync(_county, dissolved);
        using var otherCounty = organizations.ClientFor(Counties.New());
        var theirs = await otherCounty.RegisterVillageAsync("他县村党支部");
        var today = UnitRatingTestApi.Today;

        var missing = await Client.PostAsJsonAsync($"/api/organizations/{strong}/pairings", new { });
        var endBeforeStart = await Client.PostAsJsonAsync($"/api/organizations/{strong}/pairings", new { weakOrganizationId = weak, startOn = today, endOn = today.AddDays(-1) });
        var unknown = await Client.PostAsJsonAsync($"/api/organizations/{strong}/pairings", new { weakOrganizationId = theirs, startOn = today });
        var withDissolved = await Client.PostAsJsonAsync($"/api/organizations/{strong}/pairings", new { weakOrganizationId = dissolved, startOn = today });

        var problem = await missing.AssertProblemAsync(HttpStatusCode.BadRequest);
        problem.AssertFieldError("weakOrganizationId");
        problem.AssertFieldError("startOn");
        (await endBeforeStart.AssertProblemAsync(HttpStatusCode.BadRequest)).AssertFieldError("endOn");
        (await unknown.AssertProblemAsync(HttpStatusCode.BadRequest)).AssertFieldError("weakOrganizationId");
        await withDissolved.AssertProblemAsync(HttpStatusCode.Conflict);
        Assert.Equal(0, await UnitRatingTestApi.RowsAsync(_county, "pairing_assistances"));
    }

    [Fact]
    public async Task Demonstration_sites_have_a_liaison_leader_and_do_not_overlap()
    {
        var village = await Client.RegisterVillageAsync("东坡村党支部");
        var other = await Client.RegisterVillageAsync("西坡村党支部");
        var leader = Guid.NewGuid();

        var site = await (await Client.PostAsJsonAsync($"/api/organizations/{village}/demonstration-sites", new { liaisonLeaderId = leader, sinceYear = ThisYear - 3 })).OkJsonAsync(HttpStatusCode.Created);
        var overlapping = await Client.PostAsJsonAsync($"/api/organizations/{village}/demonstration-sites", new { liaisonLeaderId = leader, sinceYear = ThisYear - 1 });
        var ended = await Client.PutAsJsonAsync($"/api/organizations/{village}/demonstration-sites/{site.GetProperty("id").GetGuid()}", new { liaisonLeaderId = leader, sinceYear = ThisYear - 3, untilYear = ThisYear - 2 });
        var later = await Client.PostAsJsonAsync($"/api/organizations/{village}/demonstration-sites", new { liaisonLeaderId = Guid.NewGuid(), sinceYear = ThisYear - 1 });
        await (await Client.PostAsJsonAsync($"/api/organizations/{other}/demonstration-sites", new { liaisonLeaderId = leader, sinceYear = ThisYear })).OkJsonAsync(HttpStatusCode.Created);

        await overlapping.AssertProblemAsync(HttpStatusCode.Conflict);
        Assert.Equal(ThisYear - 2, (await ended.OkJsonAsync()).GetProperty("untilYear").GetInt32());
        await later.OkJsonAsync(HttpStatusCode.Created);
        Assert.Equal(2, (await Client.GetJsonAsync($"/api/organizations/{village}/demonstration-sites")).GetArrayLength());
        Assert.Equal(2, (await Client.GetJsonAsync("/api/organizations/demonstration-sites")).GetProperty("count").GetInt32());
        var threeYearsAgo = await Client.GetJsonAsync($"/api/organizations/demonstration-sites?year={ThisYear - 3}");
        Assert.Equal(leader, Assert.Single(threeYearsAgo.GetProperty("sites").EnumerateArray()).GetProperty("liaisonLeaderId").GetGuid());
    }

    [Fact]
    public async Task Bad_demonstration_site_input_is_refused_and_nothing_written()
    {
        var village = await Client.RegisterVillageAsync("南坡村党支部");

        var missing = await Client.PostAsJsonAsync($"/api/organizations/{village}/demonstration-sites", new { });
        var emptyLeader = await Client.PostAsJsonAsync($"/api/organizations/{village}/demonstration-sites", new { liaisonLeaderId = Guid.Empty, sinceYear = ThisYear });
        var future = await Client.PostAsJsonAsync($"/api/organizations/{village}/demonstration-sites", new { liaisonLeaderId = Guid.NewGuid(), sinceYear = ThisYear + 1 });
        var untilBeforeSince = await Client.PostAsJsonAsync($"/api/organizations/{village}/demonstration-sites", new { liaisonLeaderId = Guid.NewGuid(), sinceYear = ThisYear, untilYear = ThisYear - 1 });
        var unknownSite = await Client.PutAsJsonAsync($"/api/organizations/{village}/demonstration-sites/{Guid.NewGuid()}", new { liaisonLeaderId = Guid.NewGuid(), sinceYear = ThisYear });

        var problem = await missing.AssertProblemAsync(HttpStatusCode.BadRequest);
        problem.AssertFieldError("liaisonLeaderId");
        problem.AssertFieldError("sinceYear");
        (await emptyLeader.AssertProblemAsync(HttpStatusCode.BadRequest)).AssertFieldError("liaisonLeaderId");
        (await future.AssertProblemAsync(HttpStatusCode.BadRequest)).AssertFieldError("sinceYear");
        (await untilBeforeSince.AssertProblemAsync(HttpStatusCode.BadRequest)).AssertFieldError("untilYear");
        Assert.Equal(HttpStatusCode.NotFound, unknownSite.StatusCode);
        Assert.Equal(0, await UnitRatingTestApi.RowsAsync(_county, "demonstration_sites"));
    }
}
