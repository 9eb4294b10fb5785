using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Cloud.Testing;

namespace Cloud.Organizations.Tests;

/// <summary>The tree-changing writes and their rules: move, merge, split, dissolve, approve, restructuring.</summary>
public sealed class TreeWriteTests(OrganizationsHost organizations) : IClassFixture<OrganizationsHost>, IDisposable
{
    private readonly TreeTestClient _tree = new(organizations, Counties.New());

    [Fact]
    public async Task Move_rewrites_descendant_paths()
    {
        var east = await _tree.RegisterAsync("中共东镇委员会", "PrimaryCommittee");
        var west = await _tree.RegisterAsync("中共西镇委员会", "PrimaryCommittee");
        var general = await _tree.RegisterAsync("东镇机关党总支", "GeneralBranch", east);
        var branch = await _tree.RegisterAsync("机关第一党支部", "Branch", general);
        var group = await _tree.RegisterAsync("第一党小组", "PartyGroup", branch);
        var oldPath = (await _tree.GetAsync(general)).GetProperty("path").GetString()!;

        var moved = await _tree.OkAsync(general, "move", new { parentId = west, effectiveOn = "2025-03-01" });

        var westPath = (await _tree.GetAsync(west)).GetProperty("path").GetString()!;
        var newPath = moved.GetProperty("path").GetString()!;
        Assert.Equal($"{westPath}.{general:N}", newPath);
        Assert.Equal(west, moved.GetProperty("parentId").GetGuid());
        Assert.Equal("2025-03-01", moved.GetProperty("effectiveFrom").GetString());
        Assert.Equal($"{newPath}.{branch:N}", (await _tree.GetAsync(branch)).GetProperty("path").GetString());
        Assert.Equal($"{newPath}.{branch:N}.{group:N}", (await _tree.GetAsync(group)).GetProperty("path").GetString());
        Assert.Equal(general, (await _tree.GetAsync(branch)).GetProperty("parentId").GetGuid());
        // Each descendant got a version for its new path, the old one closed on the move's day.
        var groupHistory = await _tree.HistoryAsync(group);
        Assert.Equal([$"{oldPath}.{branch:N}.{group:N}", $"{newPath}.{branch:N}.{group:N}"], groupHistory.Select(v => v.GetProperty("path").GetString()));
        Assert.Equal("2025-03-01", groupHistory[0].GetProperty("validTo").GetString());
        Assert.Equal(0, await _tree.CountAsync($"organizations WHERE path <@ '{oldPath}'"));
    }

    [Fact]
    public async Task Move_into_own_subtree_is_refused()
    {
        var committee = await _tree.RegisterAsync("中共东镇委员会", "PrimaryCommittee");
        var general = await _tree.RegisterAsync("东镇机关党总支", "GeneralBranch", committee);
        var branch = await _tree.RegisterAsync("机关第一党支部", "Branch", general);
        var inner = await _tree.RegisterAsync("中共东镇企业委员会", "PrimaryCommittee", committee);

        var underItself = await _tree.PostAsync(committee, "move", new { parentId = committee });
        var underDescendant = await _tree.PostAsync(committee, "move", new { parentId = inner });
        var underOwnBranch = await _tree.PostAsync(general, "move", new { parentId = branch });

        (await underItself.AssertProblemAsync(HttpStatusCode.BadRequest)).AssertFieldError("parentId");
        (await underDescendant.AssertProblemAsync(HttpStatusCode.BadRequest)).AssertFieldError("parentId");
        (await underOwnBranch.AssertProblemAsync(HttpStatusCode.BadRequest)).AssertFieldError("parentId");
        Assert.Equal(JsonValueKind.Null, (await _tree.GetAsync(committee)).GetProperty("parentId").ValueKind);
        Assert.Single(await _tree.HistoryAsync(committee));
    }

    [Fact]
    public async Task Move_only_under_an_allowed_live_parent_and_never_the_county_committee()
    {
        var committee = await _tree.RegisterAsync("中共东镇委员会", "PrimaryCommittee");
        var branch = await _tree.RegisterAsync("东坡村党支部", "Branch", committee);
        var general = await _tree.RegisterAsync("东镇机关党总支", "GeneralBranch", committee);
        var closed = await _tree.RegisterAsync("中共西镇委员会", "PrimaryCommittee");
        await _tree.OkAsync(closed, "dissolve", new { effectiveOn = "2025-01-01" });
        var countyCommittee = await RegisterCountyCommitteeAsync();

        var generalUnderBranch = await _tree.PostAsync(general, "move", new { parentId = branch });
        var underDissolved = await _tree.PostAsync(branch, "move", new { parentId = closed });
        var county = await _tree.PostAsync(countyCommittee, "move", new { parentId = committee });
        var unknownParent = await _tree.PostAsync(branch, "move", new { parentId = Guid.NewGuid() });
        var sameParent = await _tree.PostAsync(branch, "move", new { parentId = committee });

        (await generalUnderBranch.AssertProblemAsync(HttpStatusCode.BadRequest)).AssertFieldError("parentId");
        (await underDissolved.AssertProblemAsync(HttpStatusCode.BadRequest)).AssertFieldError("parentId");
        (await county.AssertProblemAsync(HttpStatusCode.BadRequest)).AssertFieldError("parentId");
        (await unknownParent.AssertProblemAsync(HttpStatusCode.BadRequest)).AssertFieldError("parentId");
        (await sameParent.AssertProblemAsync(HttpStatusCode.BadRequest)).AssertFieldError("parentId");
        Assert.Equal(HttpStatusCode.NotFound, (await _tree.PostAsync(Guid.NewGuid(), "move", new { parentId = committee })).StatusCode);
    }

    [Fact]
    public async Task Merge_moves_children_and_dissolves_source()
    {
        var committee = await _tree.RegisterAsync("中共东镇委员会", "PrimaryCommittee");
        var source = await _tree.RegisterAsync("东坡村党支部", "Branch", committee);
        var target = await _tree.RegisterAsync("西坡村党支部", "Branch", committee);
        var group = await _tree.RegisterAsync("东坡第一党小组", "PartyGroup", source);
        var general = await _tree.RegisterAsync("东镇机关党总支", "GeneralBranch", committee);

        var merged = await _tree.OkAsync(source, "merge", new { targetId = target, effectiveOn = "2025-06-30" });
        var mixed = await _tree.PostAsync(target, "merge", new { targetId = general });
        var intoDissolved = await _tree.PostAsync(target, "merge", new { targetId = source });

        Assert.Equal("Dissolved", merged.GetProperty("status").GetString());
        Assert.Equal("2025-06-30", merged.GetProperty("dissolvedOn").GetString());
        Assert.Equal(target, merged.GetProperty("mergedIntoOrganizationId").GetGuid());
        var movedGroup = await _tree.GetAsync(group);
        Assert.Equal(target, movedGroup.GetProperty("parentId").GetGuid());
        Assert.Equal($"{(await _tree.GetAsync(target)).GetProperty("path").GetString()}.{group:N}", movedGroup.GetProperty("path").GetString());
        (await mixed.AssertProblemAsync(HttpStatusCode.BadRequest)).AssertFieldError("targetId");
        (await intoDissolved.AssertProblemAsync(HttpStatusCode.BadRequest)).AssertFieldError("targetId");
        Assert.Equal("Active", (await _tree.GetAsync(target)).GetProperty("status").GetString());
    }

    [Fact]
    public async Task Split_creates_parts_and_dissolves_source()
    {
        var committee = await _tree.RegisterAsync("中共东镇委员会", "PrimaryCommittee");
        var source = await _tree.RegisterAsync("东镇机关党总支", "GeneralBranch", committee, township: "东镇");
        var first = await _tree.RegisterAsync("机关第一党支部", "Branch", source);
        var second = await _tree.RegisterAsync("机关第二党支部", "Branch", source);

        var split = await _tree.OkAsync(source, "split", new
        {
            parts = new object[] { new { name = "东镇党政机关党总支" }, new { name = "东镇事业单位党总支", domain = "PublicInstitution" } },
            childrenTo = new Dictionary<Guid, int> { [second] = 1 },
            effectiveOn = "2025-09-01",
        });

        var parts = split.GetProperty("parts").EnumerateArray().ToArray();
        Assert.Equal("Dissolved", split.GetProperty("source").GetProperty("status").GetString());
        Assert.Equal(2, parts.Length);
        Assert.All(parts, p =>
        {
            Assert.Equal("GeneralBranch", p.GetProperty("type").GetString());
            Assert.Equal(committee, p.GetProperty("parentId").GetGuid());
            Assert.Equal("东镇", p.GetProperty("township").GetString());
            Assert.Equal("2025-09-01", p.GetProperty("effectiveFrom").GetString());
        });
        Assert.Equal("PublicInstitution", parts[1].GetProperty("domain").GetString());
        Assert.Equal(parts[0].GetProperty("id").GetGuid(), (await _tree.GetAsync(first)).GetProperty("parentId").GetGuid());
        Assert.Equal(parts[1].GetProperty("id").GetGuid(), (await _tree.GetAsync(second)).GetProperty("parentId").GetGuid());
        // Before the split the parts did not exist; after it the source is gone.
        var before = TreeTestClient.Ids(await _tree.TreeAsync("2025-08-31"));
        var after = TreeTestClient.Ids(await _tree.TreeAsync("2025-09-01"));
        Assert.Contains(source, before);
        Assert.DoesNotContain(parts[0].GetProperty("id").GetGuid(), before);
        Assert.DoesNotContain(source, after);
        Assert.Contains(parts[1].GetProperty("id").GetGuid(), after);
    }

    [Fact]
    public async Task Split_off_a_part_keeps_the_source()
    {
        var committee = await _tree.RegisterAsync("中共东镇委员会", "PrimaryCommittee");
        var source = await _tree.RegisterAsync("东坡村党支部", "Branch", committee);

        var one = await _tree.PostAsync(source, "split", new { parts = new[] { new { name = "东坡村二组党支部" } } });
        var kept = await _tree.OkAsync(source, "split", new { parts = new[] { new { name = "东坡村二组党支部" } }, keepSource = true });

        (await one.AssertProblemAsync(HttpStatusCode.BadRequest)).AssertFieldError("parts");
        Assert.Equal("Active", kept.GetProperty("source").GetProperty("status").GetString());
        Assert.Equal("Standard", kept.GetProperty("parts")[0].GetProperty("kind").GetString());
    }

    [Fact]
    public async Task Dissolve_with_live_children_is_refused()
    {
        var committee = await _tree.RegisterAsync("中共东镇委员会", "PrimaryCommittee");
        var branch = await _tree.RegisterAsync("东坡村党支部", "Branch", committee);
        var countyCommittee = await RegisterCountyCommitteeAsync();

        var withChild = await _tree.PostAsync(committee, "dissolve", new { effectiveOn = "2025-01-01" });
        var county = await _tree.PostAsync(countyCommittee, "dissolve");
        await _tree.OkAsync(branch, "dissolve", new { reason = "村庄撤并", effectiveOn = "2025-03-01" });
        var beforeChild = await _tree.PostAsync(committee, "dissolve", new { effectiveOn = "2025-02-01" });
        var dissolved = await _tree.OkAsync(committee, "dissolve", new { effectiveOn = "2025-03-01" });
        var again = await _tree.PostAsync(committee, "dissolve");

        await withChild.AssertProblemAsync(HttpStatusCode.Conflict);
        await county.AssertProblemAsync(HttpStatusCode.Conflict);
        (await beforeChild.AssertProblemAsync(HttpStatusCode.BadRequest)).AssertFieldError("effectiveOn");
        Assert.Equal("Dissolved", dissolved.GetProperty("status").GetString());
        await again.AssertProblemAsync(HttpStatusCode.Conflict);
        Assert.Equal([countyCommittee], TreeTestClient.Ids(await _tree.TreeAsync()));
        Assert.Equal(3, (await _tree.TreeAsync("2025-02-28")).Length);
    }

    [Fact]
    public async Task Approval_and_restructuring_follow_the_lifecycle()
    {
        var response = await _tree.Http.PostAsJsonAsync("/api/organizations", new { name = "东坡村党支部", type = "Branch", status = "Proposed", establishedOn = "2025-01-01" });
        var branch = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();

        var restructuringProposed = await _tree.PostAsync(branch, "restructuring");
        var approved = await _tree.OkAsync(branch, "approve", new { approvalDocNo = "东组复〔2025〕3号", approvedOn = "2025-02-01" });
        var approvedAgain = await _tree.PostAsync(branch, "approve");
        var restructuring = await _tree.OkAsync(branch, "restructuring", new { effectiveOn = "2025-05-01" });
        var ended = await _tree.OkAsync(branch, "restructuring/end", new { effectiveOn = "2025-07-01" });
        var endedAgain = await _tree.PostAsync(branch, "restructuring/end");

        await restructuringProposed.AssertProblemAsync(HttpStatusCode.Conflict);
        Assert.Equal("Active", approved.GetProperty("status").GetString());
        Assert.Equal("东组复〔2025〕3号", approved.GetProperty("approvalDocNo").GetString());
        Assert.Equal("2025-02-01", approved.GetProperty("approvedOn").GetString());
        await approvedAgain.AssertProblemAsync(HttpStatusCode.Conflict);
        Assert.Equal("Restructuring", restructuring.GetProperty("status").GetString());
        Assert.Equal("Active", ended.GetProperty("status").GetString());
        await endedAgain.AssertProblemAsync(HttpStatusCode.Conflict);
        Assert.Equal(["Proposed", "Active", "Restructuring", "Active"], (await _tree.HistoryAsync(branch)).Select(v => v.GetProperty("status").GetString()));
    }

    /// <summary>The county committee as provisioning creates it (registration by hand refuses the type).</summary>
    private async Task<Guid> RegisterCountyCommitteeAsync()
    {
        var id = Guid.CreateVersion7();
        await _tree.ExecuteAsAppAsync(
            "INSERT INTO organizations (tenant_id, id, name, type, status, path, registered_at, effective_from) VALUES (current_setting('app.tenant_id'), @id, '中共测试县委员会', 'CountyCommittee', 'Active', text2ltree(replace(@id::text, '-', '')), now(), '2024-01-01')",
            ("id", id));
        return id;
    }

    public void Dispose() => _tree.Dispose();
}
