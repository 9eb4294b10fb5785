using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Cloud.Testing;
using Npgsql;

namespace Cloud.Organizations.Tests;

/// <summary>The tree as of a date (the year-end statistics' view) and the effective-date rule that keeps history appended.</summary>
public sealed class TreeHistoryTests(OrganizationsHost organizations) : IClassFixture<OrganizationsHost>, IDisposable
{
    private readonly TreeTestClient _tree = new(organizations, Counties.New());

    [Fact]
    public async Task Tree_as_of_earlier_date_is_the_old_one_after_move_and_merge()
    {
        var committee = await _tree.RegisterAsync("中共千河县委员会直属党委", "PrimaryCommittee");
        var east = await _tree.RegisterAsync("中共东镇委员会", "PrimaryCommittee", committee);
        var west = await _tree.RegisterAsync("中共西镇委员会", "PrimaryCommittee", committee);
        var general = await _tree.RegisterAsync("东镇机关党总支", "GeneralBranch", east);
        var first = await _tree.RegisterAsync("机关第一党支部", "Branch", general);
        var second = await _tree.RegisterAsync("机关第二党支部", "Branch", general);
        var firstGroup = await _tree.RegisterAsync("第一党小组", "PartyGroup", first);
        var secondGroup = await _tree.RegisterAsync("第二党小组", "PartyGroup", second);
        var village = await _tree.RegisterAsync("西镇坪头村党支部", "Branch", west);
        var before = await _tree.TreeAsync("2024-12-31");

        await _tree.OkAsync(general, "move", new { parentId = west, effectiveOn = "2025-03-01" });
        await _tree.OkAsync(second, "merge", new { targetId = first, effectiveOn = "2025-06-30" });

        var thenAgain = await _tree.TreeAsync("2024-12-31");
        var betweenTheTwo = await _tree.TreeAsync("2025-04-30");
        var today = await _tree.TreeAsync(TreeTestClient.Today.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        var now = await _tree.TreeAsync();
        Assert.Equal(TreeTestClient.Picture(before), TreeTestClient.Picture(thenAgain));
        Assert.Equal(9, before.Length);
        Assert.Equal(TreeTestClient.Picture(today), TreeTestClient.Picture(now));
        AssertParentsFirst(before);
        AssertParentsFirst(today);
        // As of today: the general branch and everything under it hang under the west township, the second branch is gone
        // and its party group belongs to the first.
        var node = today.ToDictionary(n => n.GetProperty("id").GetGuid());
        Assert.Equal(8, today.Length);
        Assert.DoesNotContain(second, node.Keys);
        Assert.Equal(west, node[general].GetProperty("parentId").GetGuid());
        Assert.Equal(first, node[secondGroup].GetProperty("parentId").GetGuid());
        foreach (var id in new[] { first, firstGroup, secondGroup })
        {
            Assert.StartsWith(node[general].GetProperty("path").GetString()! + ".", node[id].GetProperty("path").GetString(), StringComparison.Ordinal);
        }

        Assert.StartsWith(node[west].GetProperty("path").GetString()!, node[general].GetProperty("path").GetString(), StringComparison.Ordinal);
        // Between the move and the merge: moved, not yet merged.
        Assert.Contains(second, TreeTestClient.Ids(betweenTheTwo));
        Assert.Equal(west, betweenTheTwo.Single(n => n.GetProperty("id").GetGuid() == general).GetProperty("parentId").GetGuid());
        // Subtrees as of a date follow the tree of that date.
        Assert.Contains(general, TreeTestClient.Ids(await _tree.TreeAsync("2024-12-31", east)));
        Assert.DoesNotContain(general, TreeTestClient.Ids(await _tree.TreeAsync(null, east)));
        Assert.Equal(new HashSet<Guid> { west, general, first, firstGroup, secondGroup, village }, TreeTestClient.Ids(await _tree.TreeAsync(null, west)).ToHashSet());
    }

    [Fact]
    public async Task Backdated_change_before_last_change_is_refused()
    {
        var committee = await _tree.RegisterAsync("中共东镇委员会", "PrimaryCommittee");
        var general = await _tree.RegisterAsync("东镇机关党总支", "GeneralBranch", committee);
        var branch = await _tree.RegisterAsync("机关第一党支部", "Branch", general);
        var other = await _tree.RegisterAsync("中共西镇委员会", "PrimaryCommittee");
        await _tree.OkAsync(branch, "rename", new { name = "机关第一支部", effectiveOn = "2025-05-01" });

        var beforeRename = await _tree.PostAsync(branch, "rename", new { name = "机关一支部", effectiveOn = "2025-04-30" });
        // The general branch itself last changed in 2024, but a branch under it in May 2025: its move must not predate that.
        var moveBeforeDescendantsChange = await _tree.PostAsync(general, "move", new { parentId = other, effectiveOn = "2025-02-01" });
        var future = await _tree.PostAsync(branch, "rename", new { name = "机关一支部", effectiveOn = TreeTestClient.Today.AddDays(1).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) });
        var sameDay = await _tree.PostAsync(branch, "rename", new { name = "机关一支部", effectiveOn = "2025-05-01" });

        var refused = await beforeRename.AssertProblemAsync(HttpStatusCode.BadRequest);
        refused.AssertFieldError("effectiveOn");
        Assert.Contains("生效日期不能早于该组织最近一次变更的生效日期 (2025-05-01)", refused.ToString(), StringComparison.Ordinal);
        (await moveBeforeDescendantsChange.AssertProblemAsync(HttpStatusCode.BadRequest)).AssertFieldError("effectiveOn");
        (await future.AssertProblemAsync(HttpStatusCode.BadRequest)).AssertFieldError("effectiveOn");
        Assert.Equal(HttpStatusCode.OK, sameDay.StatusCode);
        Assert.Equal(committee, (await _tree.GetAsync(general)).GetProperty("parentId").GetGuid());
        Assert.Equal(2, (await _tree.HistoryAsync(branch)).Length);
    }

    [Fact]
    public async Task History_lists_versions_oldest_first_and_same_day_changes_correct_that_days_version()
    {
        var committee = await _tree.RegisterAsync("中共东镇委员会", "PrimaryCommittee");
        var branch = await _tree.RegisterAsync("东坡村党支部", "Branch", committee);

        await _tree.OkAsync(branch, "rename", new { name = "东坡村第一党支部", effectiveOn = "2025-01-15" });
        await _tree.OkAsync(branch, "rename", new { name = "东坡村联合党支部", effectiveOn = "2025-01-15" });
        await _tree.OkAsync(branch, "restructuring", new { effectiveOn = "2025-02-01" });

        var history = await _tree.HistoryAsync(branch);
        Assert.Equal(["2024-01-01", "2025-01-15", "2025-02-01"], history.Select(v => v.GetProperty("validFrom").GetString()));
        Assert.Equal(["2025-01-15", "2025-02-01", null], history.Select(v => v.GetProperty("validTo").GetString()));
        Assert.Equal(["东坡村党支部", "东坡村联合党支部", "东坡村联合党支部"], history.Select(v => v.GetProperty("name").GetString()));
        Assert.Equal(["Active", "Active", "Restructuring"], history.Select(v => v.GetProperty("status").GetString()));
        var current = await _tree.GetAsync(branch);
        Assert.Equal("2025-02-01", current.GetProperty("effectiveFrom").GetString());
        Assert.Equal(HttpStatusCode.NotFound, (await _tree.Http.GetAsync($"/api/organizations/{Guid.NewGuid()}/history")).StatusCode);
    }

    [Fact]
    public async Task Any_writer_of_organizations_leaves_history_and_cannot_rewrite_it()
    {
        var branch = await _tree.RegisterAsync("东坡村党支部", "Branch");

        await _tree.ExecuteAsAppAsync("UPDATE organizations SET name = '东坡村第一党支部', effective_from = '2025-03-01' WHERE id = @id", ("id", branch));
        await _tree.ExecuteAsAppAsync("UPDATE organizations SET township = '东镇' WHERE id = @id", ("id", branch)); // same day: corrects it
        await _tree.ExecuteAsAppAsync("UPDATE organizations SET registered_at = now() WHERE id = @id", ("id", branch)); // untracked column
        var rewrite = await Assert.ThrowsAsync<PostgresException>(() =>
            _tree.ExecuteAsAppAsync("UPDATE organizations SET name = '改写历史', effective_from = '2025-02-01' WHERE id = @id", ("id", branch)));

        Assert.Equal(PostgresErrorCodes.CheckViolation, rewrite.SqlState);
        var history = await _tree.HistoryAsync(branch);
        Assert.Equal(2, history.Length);
        Assert.Equal("东坡村第一党支部", history[1].GetProperty("name").GetString());
        Assert.Equal("东镇", history[1].GetProperty("township").GetString());
        Assert.Equal("2025-03-01", history[0].GetProperty("validTo").GetString());
    }

    [Fact]
    public async Task Registration_before_the_parent_stood_is_refused()
    {
        var committee = await _tree.RegisterAsync("中共东镇委员会", "PrimaryCommittee", establishedOn: "2025-01-01");

        var early = await _tree.Http.PostAsJsonAsync("/api/organizations", new { name = "东坡村党支部", type = "Branch", parentId = committee, establishedOn = "2024-06-01" });
        var future = await _tree.Http.PostAsJsonAsync("/api/organizations", new { name = "东坡村党支部", type = "Branch", parentId = committee, establishedOn = TreeTestClient.Today.AddDays(3).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) });

        (await early.AssertProblemAsync(HttpStatusCode.BadRequest)).AssertFieldError("establishedOn");
        (await future.AssertProblemAsync(HttpStatusCode.BadRequest)).AssertFieldError("establishedOn");
        Assert.Equal(1, await _tree.CountAsync("organizations"));
        Assert.Empty(await _tree.TreeAsync("2024-12-31"));
    }

    public void Dispose() => _tree.Dispose();

    // Tree order: every organization comes after its parent (clients build the tree in one pass).
    private static void AssertParentsFirst(JsonElement[] tree)
    {
        var ids = tree.Select(n => n.GetProperty("id").GetGuid()).ToList();
        Assert.All(tree.Select((node, index) => (node, index)), n =>
        {
            if (n.node.GetProperty("parentId").ValueKind != JsonValueKind.Null && ids.IndexOf(n.node.GetProperty("parentId").GetGuid()) is var parent and >= 0)
            {
                Assert.True(parent < n.index, $"{n.node.GetProperty("name")} comes before its parent");
            }
        });
    }
}
