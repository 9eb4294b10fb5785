using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Cloud.Members.Api;
using Cloud.Members.Data;
using Cloud.Members.Domain.Members;
using Cloud.ServiceDefaults.Auth;
using Cloud.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Cloud.Members.Tests;

public sealed class MemberSearchTests(MembersHost members) : IClassFixture<MembersHost>, IAsyncLifetime
{
    private static readonly string[] QianheBranchNames = ["东坡村党支部", "西坡村党支部"];
    private SearchCounty _county = null!;

    public async Task InitializeAsync() => _county = await SearchCounty.StartAsync(members);

    public async Task DisposeAsync() => await _county.DisposeAsync();

    public static TheoryData<string> Filters => new()
    {
        "status=Probationary", "status=Full", "gender=Female", "gender=Male", "ethnicityGroup=Han", "ethnicityGroup=Minority",
        "educationBand=CollegeOrAbove", "educationBand=Secondary", "educationBand=JuniorHighOrBelow",
        "ageBand=UnderThirtyFive", "ageBand=ThirtyFiveToFiftyNine", "ageBand=SixtyOrOver",
        "occupation=Worker", "occupation=Retired", "employmentStatus=Active", "employmentStatus=Retired",
    };

    [Theory]
    [MemberData(nameof(Filters))]
    public async Task Each_filter_returns_exactly_the_members_that_match_it(string filter)
    {
        var (name, value) = (filter.Split('=')[0], filter.Split('=')[1]);
        var expected = _county.Members.Where(m => Facet(m.Request, name) == value).Select(m => m.Id).ToHashSet();

        var found = await SearchAllAsync(TestTokens.CountyAdmin(_county.County), filter);

        Assert.NotEmpty(expected);
        Assert.Equal(expected.Order(), found.Select(i => i.GetProperty("id").GetGuid()).Order());
    }

    [Fact]
    public async Task Age_bands_split_on_the_thirty_fifth_and_sixtieth_birthday()
    {
        var young = await SearchAllAsync(TestTokens.CountyAdmin(_county.County), "ageBand=UnderThirtyFive");
        var old = await SearchAllAsync(TestTokens.CountyAdmin(_county.County), "ageBand=SixtyOrOver");

        Assert.Contains(young, i => i.GetProperty("age").GetInt32() == 34);
        Assert.DoesNotContain(young, i => i.GetProperty("age").GetInt32() >= 35);
        Assert.Contains(old, i => i.GetProperty("age").GetInt32() == 60);
        Assert.DoesNotContain(old, i => i.GetProperty("age").GetInt32() < 60);
    }

    [Fact]
    public async Task Mobile_finds_the_members_away_with_an_open_mobility_record()
    {
        var admin = members.ClientFor(TestTokens.CountyAdmin(_county.County));
        var (away, back) = (_county.Members[0].Id, _county.Members[1].Id);
        var departed = SearchCounty.Today.AddMonths(-7);
        (await admin.PutAsJsonAsync($"/api/members/{away}/mobile", new Api.MobileRequest("广东省深圳市", departed, null, null, null, null))).EnsureSuccessStatusCode();
        (await admin.PutAsJsonAsync($"/api/members/{back}/mobile", new Api.MobileRequest("陕西省西安市", departed, null, null, null, null))).EnsureSuccessStatusCode();
        (await admin.PostAsJsonAsync($"/api/members/{back}/mobile/end", new { endedOn = SearchCounty.Today })).EnsureSuccessStatusCode();

        var mobile = await SearchAllAsync(TestTokens.CountyAdmin(_county.County), "mobile=true");
        var others = await SearchAllAsync(TestTokens.CountyAdmin(_county.County), "mobile=false");

        Assert.Equal([away], mobile.Select(i => i.GetProperty("id").GetGuid()));
        Assert.Equal(_county.Members.Count - 1, others.Count);
        Assert.Contains(others, i => i.GetProperty("id").GetGuid() == back);
    }

    [Fact]
    public async Task Two_filters_and_a_subtree_combine()
    {
        var qianhe = _county.Branches.Take(2).Select(b => b.Id).ToHashSet();
        var expected = _county.Members
            .Where(m => qianhe.Contains(m.Request.OrganizationId!.Value) && m.Request.Gender == "Male" && Facet(m.Request, "educationBand") == "CollegeOrAbove")
            .Select(m => m.Id);

        var found = await SearchAllAsync(TestTokens.CountyAdmin(_county.County), $"organizationId={_county.Qianhe.Id}&gender=Male&educationBand=CollegeOrAbove");

        Assert.Equal(expected.Order(), found.Select(i => i.GetProperty("id").GetGuid()).Order());
        Assert.All(found, i => Assert.Contains(i.GetProperty("organizationName").GetString(), QianheBranchNames));
    }

    [Theory]
    [InlineData("王")]
    [InlineData("王伟")]
    [InlineData("李")]
    [InlineData("欧阳")]
    public async Task A_name_finds_the_members_whose_name_begins_with_it_and_the_counts_agree(string prefix)
    {
        var expected = _county.Members.Where(m => m.Request.Name!.StartsWith(prefix, StringComparison.Ordinal)).Select(m => m.Id).ToHashSet();

        var found = await SearchAllAsync(TestTokens.CountyAdmin(_county.County), $"name={Uri.EscapeDataString(" " + prefix + " ")}");
        var counts = await members.ClientFor(TestTokens.CountyAdmin(_county.County))
            .GetFromJsonAsync<JsonElement>($"/api/members/search/counts?name={Uri.EscapeDataString(prefix)}");

        Assert.Equal(expected.Order(), found.Select(i => i.GetProperty("id").GetGuid()).Order());
        Assert.Equal(expected.Count, counts.GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task A_name_combines_with_a_facet_and_stays_within_a_scoped_users_subtree()
    {
        var inScope = _county.Members.Where(m => m.Request.OrganizationId != _county.Branches[2].Id).Select(m => m.Id).ToHashSet();
        var expected = _county.Members.Where(m => m.Request.Name == "王伟" && m.Request.Gender == "Male" && inScope.Contains(m.Id)).Select(m => m.Id);

        var found = await SearchAllAsync(TestTokens.Scoped(_county.County, _county.Qianhe.Id), "name=王&gender=Male");

        Assert.NotEmpty(expected);
        Assert.Equal(expected.Order(), found.Select(i => i.GetProperty("id").GetGuid()).Order());
    }

    [Fact]
    public async Task A_scoped_secretary_searches_only_their_subtree_and_finds_nothing_outside_it()
    {
        var token = TestTokens.Scoped(_county.County, _county.Qianhe.Id);
        var qianhe = _county.Members.Where(m => m.Request.OrganizationId != _county.Branches[2].Id).Select(m => m.Id);

        var own = await SearchAllAsync(token, string.Empty);
        var branch = await SearchAllAsync(token, $"organizationId={_county.Branches[1].Id}");
        var elsewhere = await SearchAllAsync(token, $"organizationId={_county.Yangping.Id}");
        var above = await SearchAllAsync(token, $"organizationId={_county.Committee.Id}");
        var countsAbove = await members.ClientFor(token).GetFromJsonAsync<JsonElement>($"/api/members/search/counts?organizationId={_county.Committee.Id}");

        Assert.Equal(qianhe.Order(), own.Select(i => i.GetProperty("id").GetGuid()).Order());
        Assert.All(branch, i => Assert.Equal(_county.Branches[1].Id, i.GetProperty("organizationId").GetGuid()));
        Assert.Equal(8, branch.Count);
        Assert.Empty(elsewhere);
        Assert.Empty(above);
        Assert.Equal(0, countsAbove.GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task Another_county_finds_none_of_these_members()
    {
        var found = await SearchAllAsync(TestTokens.CountyAdmin(Counties.New()), string.Empty);
        var outside = await SearchAllAsync(TestTokens.CountyAdmin(Counties.New()), $"organizationId={_county.Qianhe.Id}");

        Assert.Empty(found);
        Assert.Empty(outside);
    }

    [Fact]
    public async Task A_scope_the_service_does_not_know_yet_finds_nothing_rather_than_being_refused()
    {
        var found = await SearchAllAsync(TestTokens.Scoped(_county.County, Guid.NewGuid(), CloudRoles.BranchSecretary), string.Empty);

        Assert.Empty(found);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(5)]
    [InlineData(24)]
    public async Task Keyset_pages_walk_every_member_once_in_name_then_id_order(int limit)
    {
        var client = members.ClientFor(TestTokens.CountyAdmin(_county.County));
        var seen = new List<JsonElement>();
        string? after = null;
        var pages = 0;
        do
        {
            var page = await client.GetFromJsonAsync<JsonElement>($"/api/members/search?limit={limit}" + (after is null ? string.Empty : $"&after={after}"));
            seen.AddRange(page.GetProperty("items").EnumerateArray());
            after = page.GetProperty("next").GetString();
            pages++;
        }
        while (after is not null);

        var ids = seen.Select(i => i.GetProperty("id").GetGuid()).ToList();
        Assert.Equal(24, ids.Distinct().Count());
        Assert.Equal(24, ids.Count);
        Assert.Equal((24 + limit - 1) / limit, pages);
        var names = seen.Select(i => i.GetProperty("name").GetString()!).ToList();
        Assert.Equal(names, names.Order(StringComparer.Ordinal));
        Assert.Contains(names.Zip(names.Skip(1)), pair => pair.First == pair.Second); // two 王伟 among others: ties go by id
    }

    [Fact]
    public async Task Counts_per_facet_equal_the_rows_a_search_for_each_value_returns()
    {
        var client = members.ClientFor(TestTokens.CountyAdmin(_county.County));
        var scope = $"organizationId={_county.Qianhe.Id}&status=Full";
        var counts = await client.GetFromJsonAsync<JsonElement>($"/api/members/search/counts?{scope}");
        var all = await SearchAllAsync(TestTokens.CountyAdmin(_county.County), scope);

        Assert.Equal(all.Count, counts.GetProperty("total").GetInt32());
        foreach (var (facet, parameter) in new[] { ("byGender", "gender"), ("byEthnicityGroup", "ethnicityGroup"), ("byEducationBand", "educationBand"), ("byAgeBand", "ageBand"), ("byOccupation", "occupation"), ("byEmploymentStatus", "employmentStatus"), ("byStatus", "status") })
        {
            foreach (var value in counts.GetProperty(facet).EnumerateObject())
            {
                var rows = await SearchAllAsync(TestTokens.CountyAdmin(_county.County), $"organizationId={_county.Qianhe.Id}&{(parameter == "status" ? string.Empty : "status=Full&")}{parameter}={value.Name}");
                var expected = parameter == "status" && value.Name != "Full" ? 0 : rows.Count;
                Assert.True(expected == value.Value.GetInt32(), $"{facet}.{value.Name}: counted {value.Value.GetInt32()}, searched {expected}");
            }
        }

        var women = counts.GetProperty("byGender").GetProperty("Female").GetInt32();
        Assert.Equal(Math.Round(100m * women / all.Count, 1, MidpointRounding.AwayFromZero), counts.GetProperty("shares").GetProperty("women").GetDecimal());
    }

    [Fact]
    public async Task Lists_are_masked_even_for_the_county_and_carry_no_phone_or_address()
    {
        var response = await members.ClientFor(TestTokens.CountyAdmin(_county.County)).GetStringAsync("/api/members/search?limit=200");
        var items = JsonDocument.Parse(response).RootElement.GetProperty("items").EnumerateArray().ToList();

        foreach (var (_, request) in _county.Members)
        {
            Assert.DoesNotContain(request.NationalId!, response, StringComparison.Ordinal);
            Assert.Contains(items, i => i.GetProperty("nationalId").GetString() == $"{request.NationalId![..4]}**********{request.NationalId[^4..]}");
        }

        Assert.DoesNotContain("13800000000", response, StringComparison.Ordinal);
        Assert.DoesNotContain("东坡村三组", response, StringComparison.Ordinal);
        Assert.All(items, i => Assert.False(i.TryGetProperty("phone", out _) || i.TryGetProperty("address", out _) || i.TryGetProperty("birthDate", out _)));
    }

    [Fact]
    public async Task Members_no_longer_current_are_found_only_by_asking_for_their_state()
    {
        var deceased = _county.Members[5].Id;
        using (var scope = members.Services.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<MembersDbContext>();
            db.Tenant.Set(_county.County);
            await db.Members.Where(m => m.Id == deceased).ExecuteUpdateAsync(set => set.SetProperty(m => m.State, MemberState.Deceased));
        }

        var current = await SearchAllAsync(TestTokens.CountyAdmin(_county.County), string.Empty);
        var dead = await SearchAllAsync(TestTokens.CountyAdmin(_county.County), "state=Deceased");

        Assert.Equal(23, current.Count);
        Assert.DoesNotContain(current, i => i.GetProperty("id").GetGuid() == deceased);
        Assert.Equal(deceased, Assert.Single(dead).GetProperty("id").GetGuid());
    }

    [Theory]
    [InlineData("gender=female", "gender")]
    [InlineData("ageBand=Young", "ageBand")]
    [InlineData("limit=0", "limit")]
    [InlineData("limit=201", "limit")]
    [InlineData("after=not-a-cursor", "after")]
    [InlineData("name=一二三四五六七八九十一二三四五六七八九十一", "name")]
    public async Task A_bad_filter_or_cursor_is_a_field_error(string query, string field)
    {
        var response = await members.ClientFor(TestTokens.CountyAdmin(_county.County)).GetAsync($"/api/members/search?{query}");

        (await response.AssertProblemAsync(HttpStatusCode.BadRequest)).AssertFieldError(field);
    }

    [Theory]
    [InlineData(CloudRoles.Member, HttpStatusCode.Forbidden)]
    [InlineData(CloudRoles.Auditor, HttpStatusCode.OK)]
    public async Task Who_may_search(string role, HttpStatusCode expected)
    {
        var response = await members.ClientFor(TestTokens.For(_county.County, role)).GetAsync("/api/members/search");

        Assert.Equal(expected, response.StatusCode);
    }

    private async Task<List<JsonElement>> SearchAllAsync(string token, string query)
    {
        var client = members.ClientFor(token);
        var items = new List<JsonElement>();
        string? after = null;
        do
        {
            var page = await client.GetFromJsonAsync<JsonElement>($"/api/members/search?limit=7&{query}" + (after is null ? string.Empty : $"&after={after}"));
            items.AddRange(page.GetProperty("items").EnumerateArray());
            after = page.GetProperty("next").GetString();
        }
        while (after is not null);

        return items;
    }

    private static string Facet(MemberRequest m, string name) => name switch
    {
        "status" => m.Status!,
        "gender" => m.Gender!,
        "ethnicityGroup" => m.Ethnicity == Ethnicities.Han ? "Han" : "Minority",
        "educationBand" => Enum.Parse<EducationLevel>(m.Education!).Band().ToString(),
        "ageBand" => AgeBands.Of(m.BirthDate!.Value, SearchCounty.Today).ToString(),
        "occupation" => m.Occupation!,
        _ => m.EmploymentStatus!,
    };
}
