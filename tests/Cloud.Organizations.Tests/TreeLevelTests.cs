using System.Net;
using System.Text.Json;
using Cloud.Testing;

namespace Cloud.Organizations.Tests;

/// <summary>The tree a level at a time (<c>depth</c>), as a tree view opens it: children, member counts, expanders.</summary>
public sealed class TreeLevelTests(OrganizationsHost organizations) : IClassFixture<OrganizationsHost>, IDisposable
{
    private readonly TreeTestClient _tree = new(organizations, Counties.New());

    [Fact]
    public async Task One_level_below_a_node_lists_its_children_with_member_counts_and_whether_they_have_children()
    {
        var township = await _tree.RegisterAsync("中共东镇委员会", "PrimaryCommittee");
        var branch = await _tree.RegisterAsync("东坡村党支部", "Branch", township);
        var group = await _tree.RegisterAsync("东坡村第一党小组", "PartyGroup", branch);
        await _tree.ExecuteAsAppAsync(
            "INSERT INTO organization_member_counts (tenant_id, organization_id, full_members, probationary_members, counted_at) " +
            "VALUES (current_setting('app.tenant_id'), @branch, 12, 2, now())", ("branch", branch));

        var top = await LevelsAsync("depth=0");
        var underTownship = await LevelsAsync($"rootId={township}&depth=1");
        var underBranch = await LevelsAsync($"rootId={branch}&depth=1");

        Assert.Equal([township], TreeTestClient.Ids(top));
        Assert.True(top[0].GetProperty("hasChildren").GetBoolean());
        Assert.Equal([township, branch], TreeTestClient.Ids(underTownship));
        Assert.Equal(14, underTownship[1].GetProperty("members").GetInt32());
        Assert.True(underTownship[1].GetProperty("hasChildren").GetBoolean());
        Assert.Equal(JsonValueKind.Null, underTownship[0].GetProperty("members").ValueKind);
        Assert.Equal([branch, group], TreeTestClient.Ids(underBranch));
        Assert.False(underBranch[1].GetProperty("hasChildren").GetBoolean());
    }

    [Fact]
    public async Task Levels_as_of_a_day_before_a_child_existed_leave_it_out()
    {
        var township = await _tree.RegisterAsync("中共西镇委员会", "PrimaryCommittee");
        await _tree.RegisterAsync("西坡村党支部", "Branch", township, establishedOn: "2025-06-01");

        var before = await LevelsAsync($"rootId={township}&depth=1&asOf=2025-01-01");

        Assert.Equal([township], TreeTestClient.Ids(before));
        Assert.False(before[0].GetProperty("hasChildren").GetBoolean());
    }

    [Fact]
    public async Task A_depth_that_is_not_a_small_number_is_a_field_error()
    {
        var response = await _tree.Http.GetAsync("/api/organizations/tree?depth=-1");

        (await response.AssertProblemAsync(HttpStatusCode.BadRequest)).AssertFieldError("depth");
    }

    public void Dispose() => _tree.Dispose();

    private async Task<JsonElement[]> LevelsAsync(string query)
    {
        var response = await _tree.Http.GetAsync("/api/organizations/tree?" + query);
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{query}: {(int)response.StatusCode} {text}");
        return [.. JsonDocument.Parse(text).RootElement.EnumerateArray().Select(e => e.Clone())];
    }
}
