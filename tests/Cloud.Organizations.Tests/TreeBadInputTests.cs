using System.Net;
using System.Net.Http.Json;
using System.Text;
using Cloud.Testing;

namespace Cloud.Organizations.Tests;

/// <summary>Bad input to the tree endpoints is a 400 problem with the field named, never a 500, and writes nothing.</summary>
public sealed class TreeBadInputTests(OrganizationsHost organizations) : IClassFixture<OrganizationsHost>, IDisposable
{
    private readonly TreeTestClient _tree = new(organizations, Counties.New());

    [Fact]
    public async Task Bad_tree_writes_are_400_and_change_nothing()
    {
        var committee = await _tree.RegisterAsync("中共东镇委员会", "PrimaryCommittee");
        var source = await _tree.RegisterAsync("东坡村党支部", "Branch", committee);
        var child = await _tree.RegisterAsync("东坡第一党小组", "PartyGroup", source);
        var stranger = await _tree.RegisterAsync("西坡村党支部", "Branch", committee);
        var before = await SnapshotAsync();

        var cases = new (string Action, Guid Id, object Body, string Field)[]
        {
            ("rename", source, new { name = "" }, "name"),
            ("rename", source, new { name = new string('名', 101) }, "name"),
            ("rename", source, new { name = "东坡村党支部", shortName = new string('简', 51) }, "shortName"),
            ("rename", source, new { name = "东坡村党支部" }, "name"),
            ("rename", source, new { name = "西坡村党支部" }, "name"), // another organization's name
            ("move", source, new { parentId = Guid.NewGuid() }, "parentId"),
            ("merge", source, new { }, "targetId"),
            ("merge", source, new { targetId = source }, "targetId"),
            ("merge", source, new { targetId = committee }, "targetId"),
            ("split", source, new { }, "parts"),
            ("split", source, new { parts = new[] { new { name = "甲" }, new { name = "" } } }, "parts[1].name"),
            ("split", source, new { parts = new[] { new { name = "甲" }, new { name = "西坡村党支部" } } }, "parts[1].name"),
            ("split", source, new { parts = new object[] { new { name = "甲", kind = "Nope" }, new { name = "乙" } } }, "parts[0].kind"),
            ("split", source, new { parts = new[] { new { name = "甲" }, new { name = "乙" } }, childrenTo = new Dictionary<Guid, int> { [stranger] = 0 } }, "childrenTo"),
            ("split", source, new { parts = new[] { new { name = "甲" }, new { name = "乙" } }, childrenTo = new Dictionary<Guid, int> { [child] = 2 } }, "childrenTo"),
            ("split", source, new { parts = new[] { new { name = "甲" }, new { name = "乙" } }, effectiveOn = "2023-12-31" }, "effectiveOn"),
            ("dissolve", stranger, new { reason = new string('因', 201) }, "reason"),
            ("approve", stranger, new { approvalDocNo = new string('号', 51) }, "approvalDocNo"),
            ("restructuring", stranger, new { effectiveOn = "2023-06-01" }, "effectiveOn"),
        };
        foreach (var (action, id, body, field) in cases)
        {
            var response = await _tree.PostAsync(id, action, body);

            (await response.AssertProblemAsync(HttpStatusCode.BadRequest)).AssertFieldError(field);
        }

        var malformed = await _tree.Http.PostAsync($"/api/organizations/{source}/rename", new StringContent("""{"name":"甲","effectiveOn":"2025-13-45"}""", Encoding.UTF8, "application/json"));
        await malformed.AssertProblemAsync(HttpStatusCode.BadRequest);
        Assert.Equal(before, await SnapshotAsync());
    }

    [Fact]
    public async Task A_second_organization_under_a_name_the_county_already_has_is_refused_until_the_first_is_dissolved()
    {
        var committee = await _tree.RegisterAsync("中共南镇委员会", "PrimaryCommittee");
        var first = await _tree.RegisterAsync("南坡村党支部", "Branch", committee);
        var before = await SnapshotAsync();

        var again = await _tree.Http.PostAsJsonAsync("/api/organizations", new { name = " 南坡村党支部 ", type = "Branch", parentId = committee });

        var problem = await again.AssertProblemAsync(HttpStatusCode.BadRequest);
        problem.AssertFieldError("name");
        Assert.Equal("本县已有名为“南坡村党支部”的组织", problem.GetProperty("errors").GetProperty("name")[0].GetString());
        Assert.Equal(before, await SnapshotAsync());

        await _tree.OkAsync(first, "dissolve", new { reason = "村党支部撤并" });
        Assert.NotEqual(first, await _tree.RegisterAsync("南坡村党支部", "Branch", committee));
    }

    [Fact]
    public async Task Bad_tree_reads_are_400()
    {
        foreach (var (query, field) in new[] { ("asOf=2025-13-01", "asOf"), ("asOf=31.12.2025", "asOf"), ("rootId=abc", "rootId") })
        {
            var response = await _tree.Http.GetAsync($"/api/organizations/tree?{query}");

            (await response.AssertProblemAsync(HttpStatusCode.BadRequest)).AssertFieldError(field);
        }

        Assert.Equal(HttpStatusCode.NotFound, (await _tree.Http.GetAsync($"/api/organizations/tree?rootId={Guid.NewGuid()}")).StatusCode);
    }

    /// <summary>Rows of every table a tree write touches.</summary>
    private async Task<string> SnapshotAsync() =>
        $"{await _tree.CountAsync("organizations")}/{await _tree.CountAsync("organization_versions")}/{await _tree.CountAsync("outbox")}/" +
        $"{await _tree.CountAsync("organizations WHERE status = 'Active' AND effective_from = '2024-01-01'")}";

    public void Dispose() => _tree.Dispose();
}
