using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Cloud.Testing;

namespace Cloud.Organizations.Tests;

/// <summary>The org scope: a township OrgAdmin reads and writes inside its subtree and gets 404 outside it.</summary>
public sealed class OrganizationScopeTests(OrganizationsHost organizations) : IClassFixture<OrganizationsHost>
{
    private readonly string _county = Counties.New();

    [Fact]
    public async Task Township_org_admin_reads_and_writes_inside_its_subtree_and_gets_404_outside()
    {
        using var county = organizations.ClientFor(_county);
        var township = await RegisterAsync(county, new { name = "中共千河镇委员会", type = "PrimaryCommittee" });
        var village = await RegisterAsync(county, new { name = "东坡村党支部", type = "Branch", parentId = township });
        var otherTownship = await RegisterAsync(county, new { name = "中共坪头镇委员会", type = "PrimaryCommittee" });
        var otherVillage = await RegisterAsync(county, new { name = "坪头村党支部", type = "Branch", parentId = otherTownship });
        using var admin = ScopedClient(township);

        var created = await admin.PostAsJsonAsync("/api/organizations", new { name = "西坡村党支部", type = "Branch", parentId = township });
        var outsideParent = await admin.PostAsJsonAsync("/api/organizations", new { name = "越界支部", type = "Branch", parentId = otherTownship });
        var atTop = await admin.PostAsJsonAsync("/api/organizations", new { name = "顶层党委", type = "PrimaryCommittee" });
        var listed = (await admin.GetFromJsonAsync<JsonElement[]>("/api/organizations"))!.Select(o => o.GetProperty("id").GetGuid()).ToHashSet();

        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await admin.GetAsync($"/api/organizations/{village}")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await admin.GetAsync($"/api/organizations/{township}/subtree")).StatusCode);
        foreach (var path in new[] { $"/api/organizations/{otherVillage}", $"/api/organizations/{otherTownship}/subtree", $"/api/organizations/{otherVillage}/ancestors" })
        {
            Assert.Equal(HttpStatusCode.NotFound, (await admin.GetAsync(path)).StatusCode);
        }

        (await outsideParent.AssertProblemAsync(HttpStatusCode.BadRequest)).AssertFieldError("parentId");
        (await atTop.AssertProblemAsync(HttpStatusCode.BadRequest)).AssertFieldError("parentId");
        Assert.Contains(village, listed);
        Assert.Contains(township, listed);
        Assert.DoesNotContain(otherVillage, listed);
        Assert.DoesNotContain(otherTownship, listed);
    }

    private HttpClient ScopedClient(Guid scope)
    {
        var client = organizations.Host.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", TestTokens.Scoped(_county, scope));
        return client;
    }

    private static async Task<Guid> RegisterAsync(HttpClient client, object body)
    {
        var response = await client.PostAsJsonAsync("/api/organizations", body);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
    }
}
