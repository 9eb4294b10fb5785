using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Cloud.Testing;

namespace Cloud.Organizations.Tests;

/// <summary>Village star ratings (1–5) and 升级晋档 grades (一–四类), and indicator 44 <c>VillageRatingDistribution</c>.</summary>
public sealed class RatingTests(OrganizationsHost organizations) : IClassFixture<OrganizationsHost>
{
    private readonly string _county = Counties.New();

    private HttpClient Client => organizations.ClientFor(_county);

    private static int LastYear => UnitRatingTestApi.ThisYear - 1;

    [Fact]
    public async Task Star_rating_is_one_to_five()
    {
        var village = await Client.RegisterVillageAsync("东坡村党支部");

        var zero = await RateAsync(village, LastYear, new { starRating = 0 });
        var six = await RateAsync(village, LastYear, new { starRating = 6 });
        var five = await RateAsync(village, LastYear, new { starRating = 5 });
        var one = await RateAsync(village, LastYear - 1, new { starRating = 1 });

        (await zero.AssertProblemAsync(HttpStatusCode.BadRequest)).AssertFieldError("starRating");
        (await six.AssertProblemAsync(HttpStatusCode.BadRequest)).AssertFieldError("starRating");
        Assert.Equal(5, (await five.OkJsonAsync()).GetProperty("starRating").GetInt32());
        Assert.Equal(1, (await one.OkJsonAsync()).GetProperty("starRating").GetInt32());
    }

    [Fact]
    public async Task Grade_is_one_to_four()
    {
        var village = await Client.RegisterVillageAsync("西坡村党支部");

        var zero = await RateAsync(village, LastYear, new { grade = 0 });
        var five = await RateAsync(village, LastYear, new { grade = 5 });
        var four = await RateAsync(village, LastYear, new { grade = 4 });

        (await zero.AssertProblemAsync(HttpStatusCode.BadRequest)).AssertFieldError("grade");
        (await five.AssertProblemAsync(HttpStatusCode.BadRequest)).AssertFieldError("grade");
        var rating = await four.OkJsonAsync();
        Assert.Equal(4, rating.GetProperty("grade").GetInt32());
        Assert.Equal(JsonValueKind.Null, rating.GetProperty("starRating").ValueKind);
    }

    [Fact]
    public async Task Rating_only_for_village_organizations()
    {
        var organ = await Client.RegisterOrganizationAsync("县财政局机关党支部", domain: "GovernmentOrgan");
        var noDomain = await Client.RegisterOrganizationAsync("某党支部");
        var community = await Client.RegisterOrganizationAsync("城关社区党支部", domain: "Community");

        foreach (var organization in new[] { organ, noDomain, community })
        {
            var response = await RateAsync(organization, LastYear, new { starRating = 4, grade = 1 });

            (await response.AssertProblemAsync(HttpStatusCode.BadRequest)).AssertFieldError("organizationId");
        }

        Assert.Equal(0, await UnitRatingTestApi.RowsAsync(_county, "village_ratings"));
    }

    [Fact]
    public async Task A_years_rating_is_set_again_not_added_and_listed_newest_first()
    {
        var village = await Client.RegisterVillageAsync("坪头村党支部");

        await (await RateAsync(village, LastYear, new { starRating = 3, grade = 2 })).OkJsonAsync();
        await (await RateAsync(village, LastYear, new { starRating = 4 })).OkJsonAsync();
        await (await RateAsync(village, LastYear - 1, new { starRating = 2, grade = 3 })).OkJsonAsync();
        var ratings = await Client.GetJsonAsync($"/api/organizations/{village}/ratings");

        Assert.Equal([LastYear, LastYear - 1], ratings.EnumerateArray().Select(r => r.GetProperty("year").GetInt32()));
        Assert.Equal(4, ratings[0].GetProperty("starRating").GetInt32());
        Assert.Equal(JsonValueKind.Null, ratings[0].GetProperty("grade").ValueKind); // PUT sets the year's rating as given
    }

    [Fact]
    public async Task Bad_rating_input_is_refused_and_nothing_written()
    {
        var village = await Client.RegisterVillageAsync("南坡村党支部");

        var empty = await RateAsync(village, LastYear, new { });
        var future = await RateAsync(village, UnitRatingTestApi.ThisYear + 1, new { starRating = 3 });
        var ancient = await RateAsync(village, 1900, new { starRating = 3 });
        var text = await Client.PutAsync($"/api/organizations/{village}/ratings/{LastYear}", new StringContent("{\"starRating\":\"five\"}", System.Text.Encoding.UTF8, "application/json"));
        var both = await RateAsync(village, LastYear, new { starRating = 9, grade = 9 });

        (await empty.AssertProblemAsync(HttpStatusCode.BadRequest)).AssertFieldError("starRating");
        (await future.AssertProblemAsync(HttpStatusCode.BadRequest)).AssertFieldError("year");
        (await ancient.AssertProblemAsync(HttpStatusCode.BadRequest)).AssertFieldError("year");
        await text.AssertProblemAsync(HttpStatusCode.BadRequest);
        var problem = await both.AssertProblemAsync(HttpStatusCode.BadRequest);
        problem.AssertFieldError("starRating");
        problem.AssertFieldError("grade");
        Assert.Equal(0, await UnitRatingTestApi.RowsAsync(_county, "village_ratings"));
        Assert.Equal(HttpStatusCode.NotFound, (await RateAsync(Guid.NewGuid(), LastYear, new { starRating = 3 })).StatusCode);
    }

    [Theory]
    [InlineData("/api/organizations/ratings/distribution?year=0")]
    [InlineData("/api/organizations/weak?year=0")]
    [InlineData("/api/organizations/weak?year=10000")]
    [InlineData("/api/organizations/demonstration-sites?year=-1")]
    [InlineData("/api/organizations/pairings?year=9999")]
    [InlineData("/api/organizations/honors?year=1900")]
    public async Task County_lists_refuse_an_impossible_year(string path)
    {
        var response = await Client.GetAsync(path);

        (await response.AssertProblemAsync(HttpStatusCode.BadRequest)).AssertFieldError("year");
    }

    [Fact]
    public async Task Rating_distribution_counts_upgrades()
    {
        var rising = await Client.RegisterVillageAsync("东坡村党支部");
        var falling = await Client.RegisterVillageAsync("西坡村党支部");
        var steady = await Client.RegisterVillageAsync("坪头村党支部");
        var newcomer = await Client.RegisterVillageAsync("新村党支部");
        await Client.RegisterVillageAsync("未评村党支部");
        await RateAllAsync(LastYear - 1, (rising, 3, 3), (falling, 5, 1), (steady, 4, 2));
        await RateAllAsync(LastYear, (rising, 5, 1), (falling, 4, 2), (steady, 4, 2), (newcomer, 5, 2));

        var distribution = await Client.GetJsonAsync($"/api/organizations/ratings/distribution?year={LastYear}");

        Assert.Equal(LastYear, distribution.GetProperty("year").GetInt32());
        Assert.Equal(5, distribution.GetProperty("villages").GetInt32());
        Assert.Equal(4, distribution.GetProperty("rated").GetInt32());
        var stars = distribution.GetProperty("byStar").EnumerateArray().ToDictionary(s => s.GetProperty("starRating").GetInt32(), s => s.GetProperty("count").GetInt32());
        var grades = distribution.GetProperty("byGrade").EnumerateArray().ToDictionary(g => g.GetProperty("grade").GetInt32(), g => g.GetProperty("count").GetInt32());
        Assert.Equal(new Dictionary<int, int> { [5] = 2, [4] = 2, [3] = 0, [2] = 0, [1] = 0 }, stars);
        Assert.Equal(new Dictionary<int, int> { [1] = 1, [2] = 3, [3] = 0, [4] = 0 }, grades);
        Assert.Equal(1, distribution.GetProperty("starUpgrades").GetInt32()); // rising 3→5; the newcomer has no year before
        Assert.Equal(1, distribution.GetProperty("gradeUpgrades").GetInt32()); // rising 三类→一类
        Assert.Equal(1, distribution.GetProperty("starDowngrades").GetInt32()); // falling 5→4
        Assert.Equal(1, distribution.GetProperty("gradeDowngrades").GetInt32()); // falling 一类→二类
    }

    private Task<HttpResponseMessage> RateAsync(Guid organization, int year, object body) =>
        Client.PutAsJsonAsync($"/api/organizations/{organization}/ratings/{year}", body);

    private async Task RateAllAsync(int year, params (Guid Organization, int Stars, int Grade)[] ratings)
    {
        foreach (var (organization, stars, grade) in ratings)
        {
            await (await RateAsync(organization, year, new { starRating = stars, grade })).OkJsonAsync();
        }
    }
}
