using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Cloud.Testing;

namespace Cloud.Organizations.Tests;

/// <summary>Search by name substring and attributes, a page at a time with a keyset cursor.</summary>
public sealed class SearchTests(OrganizationsHost organizations) : IClassFixture<OrganizationsHost>, IDisposable
{
    private readonly TreeTestClient _tree = new(organizations, Counties.New());

    [Fact]
    public async Task Search_pages_with_keyset_cursor()
    {
        var committee = await _tree.RegisterAsync("中共东镇委员会", "PrimaryCommittee");
        var expected = new List<(string Name, Guid Id)>();
        foreach (var village in new[] { "东坡", "西坡", "南坡", "北坡", "上坡", "下坡", "中坡" })
        {
            expected.Add(($"{village}村党支部", await _tree.RegisterAsync($"{village}村党支部", "Branch", committee)));
        }

        await _tree.OkAsync(expected[0].Id, "dissolve"); // a dissolved organization's name may be taken again
        expected.Add(("东坡村党支部", await _tree.RegisterAsync("东坡村党支部", "Branch", committee))); // same name: the id breaks the tie
        await _tree.RegisterAsync("东镇机关党总支", "GeneralBranch", committee);

        var pages = new List<JsonElement[]>();
        string? next = null;
        do
        {
            var page = await SearchAsync($"name=坡村&limit=3{(next is null ? string.Empty : "&after=" + Uri.EscapeDataString(next))}");
            pages.Add([.. page.GetProperty("items").EnumerateArray()]);
            next = page.GetProperty("next").GetString();
        }
        while (next is not null && pages.Count < 10);

        Assert.Equal([3, 3, 2], pages.Select(p => p.Length));
        var ids = pages.SelectMany(p => p).Select(o => o.GetProperty("id").GetGuid()).ToList();
        Assert.Equal(expected.Count, ids.Distinct().Count());
        Assert.Equal(expected.Select(e => e.Id).ToHashSet(), ids.ToHashSet());
        // Ordered by (name, id) as the database orders them: names never go backwards, equal names by id.
        var names = pages.SelectMany(p => p).Select(o => o.GetProperty("name").GetString()!).ToList();
        Assert.Equal(names.Order(StringComparer.Ordinal), names);
    }

    [Fact]
    public async Task Search_filters_by_type_status_township_and_literal_text()
    {
        var committee = await _tree.RegisterAsync("中共东镇委员会", "PrimaryCommittee", township: "东镇");
        var branch = await _tree.RegisterAsync("东坡村100%党支部", "Branch", committee, township: "东镇");
        var other = await _tree.RegisterAsync("东坡村100党支部", "Branch", committee, township: "西镇");
        await _tree.OkAsync(other, "dissolve");

        Assert.Equal([branch], Ids(await SearchAsync("name=100%25")));
        Assert.Equal([committee], Ids(await SearchAsync("type=PrimaryCommittee")));
        Assert.Equal([other], Ids(await SearchAsync("status=Dissolved")));
        Assert.Equal([committee, branch], Ids(await SearchAsync("township=东镇")).OrderBy(id => id == branch));
        Assert.Empty(Ids(await SearchAsync("name=_")));
    }

    [Fact]
    public async Task A_parent_picker_gets_only_the_live_organizations_the_new_one_may_sit_under()
    {
        var committee = await _tree.RegisterAsync("中共北镇委员会", "PrimaryCommittee");
        var general = await _tree.RegisterAsync("北镇机关党总支", "GeneralBranch", committee);
        var branch = await _tree.RegisterAsync("北镇北坡村党支部", "Branch", committee);
        await _tree.RegisterAsync("北镇北坡村第一党小组", "PartyGroup", branch);
        var gone = await _tree.RegisterAsync("北镇旧党总支", "GeneralBranch", committee);
        await _tree.OkAsync(gone, "dissolve");

        Assert.Equal([general, committee], Ids(await SearchAsync("name=北镇&parentFor=Branch")).OrderBy(id => id == committee));
        Assert.Equal([committee], Ids(await SearchAsync("name=北镇&parentFor=GeneralBranch")));
        Assert.Equal([branch], Ids(await SearchAsync("name=北镇&parentFor=PartyGroup")));
        Assert.Empty(Ids(await SearchAsync("name=北镇&parentFor=CountyCommittee")));
    }

    [Fact]
    public async Task Search_with_bad_parameters_is_400()
    {
        foreach (var (query, field) in new[]
        {
            ("limit=0", "limit"), ("limit=201", "limit"), ("limit=abc", "limit"), ("type=Nope", "type"), ("domain=1", "domain"),
            ("status=Gone", "status"), ("parentFor=Village", "parentFor"), ("after=not-a-cursor", "after"), ($"name={new string('名', 101)}", "name"),
        })
        {
            var response = await _tree.Http.GetAsync($"/api/organizations/search?{query}");

            (await response.AssertProblemAsync(HttpStatusCode.BadRequest)).AssertFieldError(field);
        }
    }

    private async Task<JsonElement> SearchAsync(string query) =>
        await _tree.Http.GetFromJsonAsync<JsonElement>($"/api/organizations/search?{query}");

    private static Guid[] Ids(JsonElement page) => [.. page.GetProperty("items").EnumerateArray().Select(o => o.GetProperty("id").GetGuid())];

    public void Dispose() => _tree.Dispose();
}
