using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using Cloud.Organizations.Data;
using Cloud.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Cloud.Organizations.Tests;

/// <summary>Which organization may sit under which (AllowedParentRule), and the subtree and ancestor queries over the path.</summary>
public sealed class OrganizationTreeTests(OrganizationsHost organizations) : IClassFixture<OrganizationsHost>
{
    private readonly string _county = Counties.New();

    private HttpClient Client => organizations.ClientFor(_county);

    [Fact]
    public async Task Party_group_only_under_a_branch()
    {
        var committee = await RegisterAsync("中共千河镇委员会", "PrimaryCommittee");
        var branch = await RegisterAsync("千河镇东坡村党支部", "Branch", committee);

        var atTop = await PostAsync(new { name = "第一党小组", type = "PartyGroup" });
        var underCommittee = await PostAsync(new { name = "第一党小组", type = "PartyGroup", parentId = committee });
        var underBranch = await PostAsync(new { name = "第一党小组", type = "PartyGroup", parentId = branch });

        (await atTop.AssertProblemAsync(HttpStatusCode.BadRequest)).AssertFieldError("parentId");
        (await underCommittee.AssertProblemAsync(HttpStatusCode.BadRequest)).AssertFieldError("parentId");
        Assert.Equal(HttpStatusCode.Created, underBranch.StatusCode);
    }

    [Fact]
    public async Task Nothing_under_a_party_group()
    {
        var branch = await RegisterAsync("千河镇东坡村党支部", "Branch");
        var group = await RegisterAsync("第一党小组", "PartyGroup", branch);

        foreach (var type in new[] { "PartyGroup", "Branch", "GeneralBranch", "PrimaryCommittee" })
        {
            var response = await PostAsync(new { name = "党小组下的组织", type, parentId = group });

            (await response.AssertProblemAsync(HttpStatusCode.BadRequest)).AssertFieldError("parentId");
        }
    }

    [Fact]
    public async Task Branch_under_a_general_branch_is_allowed()
    {
        var committee = await RegisterAsync("中共千河镇委员会", "PrimaryCommittee");
        var general = await RegisterAsync("千河镇机关党总支", "GeneralBranch", committee);

        var branch = await Client.PostAsJsonAsync("/api/organizations", new { name = "千河镇机关第一党支部", type = "Branch", parentId = general, kind = "Functional", domain = "GovernmentOrgan", township = "千河镇" });

        Assert.Equal(HttpStatusCode.Created, branch.StatusCode);
        var body = await branch.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("Functional", body.GetProperty("kind").GetString());
        Assert.Equal("GovernmentOrgan", body.GetProperty("domain").GetString());
        Assert.Equal("Active", body.GetProperty("status").GetString());
        Assert.EndsWith(body.GetProperty("id").GetGuid().ToString("N"), body.GetProperty("path").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task General_branch_and_committee_not_under_a_branch()
    {
        var branch = await RegisterAsync("千河镇东坡村党支部", "Branch");

        foreach (var type in new[] { "GeneralBranch", "PrimaryCommittee", "Branch" })
        {
            var response = await PostAsync(new { name = "支部下的组织", type, parentId = branch });

            (await response.AssertProblemAsync(HttpStatusCode.BadRequest)).AssertFieldError("parentId");
        }
    }

    [Fact]
    public async Task General_branch_not_under_a_general_branch()
    {
        var general = await RegisterAsync("千河镇机关党总支", "GeneralBranch");

        var response = await PostAsync(new { name = "总支下的总支", type = "GeneralBranch", parentId = general });

        (await response.AssertProblemAsync(HttpStatusCode.BadRequest)).AssertFieldError("parentId");
    }

    [Fact]
    public async Task Dissolved_organization_takes_no_children()
    {
        var committee = await RegisterAsync("中共千河镇委员会", "PrimaryCommittee");
        await DissolveAsync(committee);

        var response = await PostAsync(new { name = "千河镇东坡村党支部", type = "Branch", parentId = committee });

        (await response.AssertProblemAsync(HttpStatusCode.BadRequest)).AssertFieldError("parentId");
    }

    [Fact]
    public async Task Another_countys_organization_is_not_a_parent()
    {
        using var other = organizations.ClientFor(Counties.New());
        var theirs = await (await other.PostAsJsonAsync("/api/organizations", new { name = "他县镇党委", type = "PrimaryCommittee" })).Content.ReadFromJsonAsync<JsonElement>();

        var response = await PostAsync(new { name = "挂到他县的支部", type = "Branch", parentId = theirs.GetProperty("id").GetGuid() });

        (await response.AssertProblemAsync(HttpStatusCode.BadRequest)).AssertFieldError("parentId");
        Assert.Equal(HttpStatusCode.NotFound, (await Client.GetAsync($"/api/organizations/{theirs.GetProperty("id").GetGuid()}/subtree")).StatusCode);
    }

    [Fact]
    public async Task County_committee_and_unknown_kinds_are_not_registered_by_hand()
    {
        var committee = await PostAsync(new { name = "中共某县委员会", type = "CountyCommittee" });
        var kindOnCommittee = await PostAsync(new { name = "中共千河镇委员会", type = "PrimaryCommittee", kind = "Joint" });
        var badKind = await PostAsync(new { name = "千河镇东坡村党支部", type = "Branch", kind = "Nope" });
        var badDomain = await PostAsync(new { name = "千河镇东坡村党支部", type = "Branch", domain = "Nope" });
        var longTownship = await PostAsync(new { name = "千河镇东坡村党支部", type = "Branch", township = new string('镇', 51) });
        var dissolvedAtBirth = await PostAsync(new { name = "千河镇东坡村党支部", type = "Branch", status = "Dissolved" });

        (await committee.AssertProblemAsync(HttpStatusCode.BadRequest)).AssertFieldError("type");
        (await kindOnCommittee.AssertProblemAsync(HttpStatusCode.BadRequest)).AssertFieldError("kind");
        (await badKind.AssertProblemAsync(HttpStatusCode.BadRequest)).AssertFieldError("kind");
        (await badDomain.AssertProblemAsync(HttpStatusCode.BadRequest)).AssertFieldError("domain");
        (await longTownship.AssertProblemAsync(HttpStatusCode.BadRequest)).AssertFieldError("township");
        (await dissolvedAtBirth.AssertProblemAsync(HttpStatusCode.BadRequest)).AssertFieldError("status");
    }

    [Fact]
    public async Task A_branch_is_standard_unless_told_and_may_be_proposed()
    {
        var response = await PostAsync(new { name = "千河镇东坡村党支部", type = "Branch", status = "Proposed" });

        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("Standard", body.GetProperty("kind").GetString());
        Assert.Equal("Proposed", body.GetProperty("status").GetString());
    }

    [Fact]
    public async Task Subtree_lists_all_descendants_in_path_order()
    {
        var county = await RegisterAsync("中共千河镇委员会", "PrimaryCommittee");
        var general = await RegisterAsync("千河镇机关党总支", "GeneralBranch", county);
        var first = await RegisterAsync("机关第一党支部", "Branch", general);
        var group = await RegisterAsync("第一党小组", "PartyGroup", first);
        var second = await RegisterAsync("机关第二党支部", "Branch", general);
        var village = await RegisterAsync("东坡村党支部", "Branch", county);
        await RegisterAsync("另一镇党委", "PrimaryCommittee"); // outside the subtree

        var subtree = await Client.GetFromJsonAsync<JsonElement[]>($"/api/organizations/{general}/subtree") ?? [];
        var whole = await Client.GetFromJsonAsync<JsonElement[]>($"/api/organizations/{county}/subtree") ?? [];

        Assert.Equal(general, subtree[0].GetProperty("id").GetGuid());
        Assert.Equal(new HashSet<Guid> { general, first, group, second }, subtree.Select(o => o.GetProperty("id").GetGuid()).ToHashSet());
        Assert.Equal(4, subtree.Length);
        var paths = whole.Select(o => o.GetProperty("path").GetString()!).ToList();
        Assert.Equal(paths.Order(StringComparer.Ordinal), paths);
        Assert.Equal(new HashSet<Guid> { county, general, first, group, second, village }, whole.Select(o => o.GetProperty("id").GetGuid()).ToHashSet());
        Assert.Equal(county, whole[0].GetProperty("id").GetGuid());
        // A subtree's rows are the records GET /{id} answers, field for field (its advisories aside).
        var one = await Client.GetFromJsonAsync<JsonObject>($"/api/organizations/{group}");
        one!.Remove("advisories");
        Assert.True(JsonNode.DeepEquals(one, JsonSerializer.SerializeToNode(subtree.Single(o => o.GetProperty("id").GetGuid() == group))),
            $"subtree row differs from {one.ToJsonString()}");
        Assert.Equal(HttpStatusCode.NotFound, (await Client.GetAsync($"/api/organizations/{Guid.NewGuid()}/subtree")).StatusCode);
    }

    [Fact]
    public async Task Ancestors_list_the_line_up_to_the_top()
    {
        var committee = await RegisterAsync("中共千河镇委员会", "PrimaryCommittee");
        var general = await RegisterAsync("千河镇机关党总支", "GeneralBranch", committee);
        var branch = await RegisterAsync("机关第一党支部", "Branch", general);
        var group = await RegisterAsync("第一党小组", "PartyGroup", branch);
        await RegisterAsync("机关第二党支部", "Branch", general); // a sibling, not an ancestor

        var line = await Client.GetFromJsonAsync<JsonElement[]>($"/api/organizations/{group}/ancestors");
        var top = await Client.GetFromJsonAsync<JsonElement[]>($"/api/organizations/{committee}/ancestors");

        Assert.Equal([committee, general, branch], line!.Select(o => o.GetProperty("id").GetGuid()));
        Assert.Empty(top!);
        Assert.Equal(HttpStatusCode.NotFound, (await Client.GetAsync($"/api/organizations/{Guid.NewGuid()}/ancestors")).StatusCode);
    }

    private async Task<HttpResponseMessage> PostAsync(object body) => await Client.PostAsJsonAsync("/api/organizations", body);

    private async Task<Guid> RegisterAsync(string name, string type, Guid? parentId = null)
    {
        var response = await PostAsync(new { name, type, parentId });
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.Created, $"{name}: {(int)response.StatusCode} {body}");
        return JsonDocument.Parse(body).RootElement.GetProperty("id").GetGuid();
    }

    private async Task DissolveAsync(Guid id)
    {
        using var scope = organizations.Host.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<OrganizationsDbContext>();
        db.Tenant.Set(_county);
        var organization = await db.Organizations.SingleAsync(o => o.Id == id);
        organization!.Dissolve();
        await db.SaveChangesAsync();
    }
}
