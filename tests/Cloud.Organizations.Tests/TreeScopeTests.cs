using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Cloud.Testing;

namespace Cloud.Organizations.Tests;

/// <summary>A township OrgAdmin changes and reads the tree only inside its subtree.</summary>
public sealed class TreeScopeTests(OrganizationsHost organizations) : IClassFixture<OrganizationsHost>, IDisposable
{
    private readonly TreeTestClient _tree = new(organizations, Counties.New());

    [Fact]
    public async Task Scoped_admin_cannot_move_into_or_out_of_its_subtree()
    {
        var east = await _tree.RegisterAsync("中共东镇委员会", "PrimaryCommittee");
        var general = await _tree.RegisterAsync("东镇机关党总支", "GeneralBranch", east);
        var inside = await _tree.RegisterAsync("东坡村党支部", "Branch", east);
        var west = await _tree.RegisterAsync("中共西镇委员会", "PrimaryCommittee");
        var outside = await _tree.RegisterAsync("西坡村党支部", "Branch", west);
        using var admin = _tree.Scoped(east);

        var into = await admin.PostAsync(outside, "move", new { parentId = east });
        var outOf = await admin.PostAsync(inside, "move", new { parentId = west });
        var toTop = await admin.PostAsync(inside, "move", new { parentId = (Guid?)null });
        var itself = await admin.PostAsync(east, "move", new { parentId = general });
        var mergeOut = await admin.PostAsync(inside, "merge", new { targetId = outside });
        var splitTop = await admin.PostAsync(east, "split", new { parts = new[] { new { name = "东镇甲党委" }, new { name = "东镇乙党委" } } });
        var within = await admin.OkAsync(inside, "move", new { parentId = general });

        Assert.Equal(HttpStatusCode.NotFound, into.StatusCode);
        (await outOf.AssertProblemAsync(HttpStatusCode.BadRequest)).AssertFieldError("parentId");
        (await toTop.AssertProblemAsync(HttpStatusCode.BadRequest)).AssertFieldError("parentId");
        (await itself.AssertProblemAsync(HttpStatusCode.BadRequest)).AssertFieldError("parentId");
        Assert.Equal(HttpStatusCode.NotFound, mergeOut.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, splitTop.StatusCode);
        Assert.Equal(general, within.GetProperty("parentId").GetGuid());
        Assert.Equal(west, (await _tree.GetAsync(outside)).GetProperty("parentId").GetGuid());
        Assert.Equal(2, await _tree.CountAsync("organizations WHERE type = 'PrimaryCommittee'"));
    }

    [Fact]
    public async Task Scoped_admin_reads_tree_history_and_search_only_in_its_subtree()
    {
        var east = await _tree.RegisterAsync("中共东镇委员会", "PrimaryCommittee");
        var inside = await _tree.RegisterAsync("东坡村党支部", "Branch", east);
        var west = await _tree.RegisterAsync("中共西镇委员会", "PrimaryCommittee");
        var outside = await _tree.RegisterAsync("西坡村党支部", "Branch", west);
        using var admin = _tree.Scoped(east);

        var tree = await admin.TreeAsync();
        var found = await admin.Http.GetFromJsonAsync<JsonElement>("/api/organizations/search?name=坡村");

        Assert.Equal(new HashSet<Guid> { east, inside }, TreeTestClient.Ids(tree).ToHashSet());
        Assert.Equal([inside], found.GetProperty("items").EnumerateArray().Select(o => o.GetProperty("id").GetGuid()));
        Assert.Equal(HttpStatusCode.NotFound, (await admin.Http.GetAsync($"/api/organizations/tree?rootId={west}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await admin.Http.GetAsync($"/api/organizations/{outside}/history")).StatusCode);
        Assert.Single(await admin.HistoryAsync(inside));
        Assert.Equal(HttpStatusCode.NotFound, (await admin.PostAsync(outside, "rename", new { name = "越界改名" })).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await admin.PostAsync(outside, "dissolve")).StatusCode);
    }

    public void Dispose() => _tree.Dispose();
}
