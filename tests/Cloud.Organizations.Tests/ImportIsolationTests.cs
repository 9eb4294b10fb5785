using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Cloud.Testing;

namespace Cloud.Organizations.Tests;

/// <summary>An import acts in the token's county only, and a scoped OrgAdmin's import stays under its own organization.</summary>
public sealed class ImportIsolationTests(OrganizationsHost organizations) : IClassFixture<OrganizationsHost>
{
    private static readonly ListedOrganization[] Township =
    [
        new("中共千河镇委员会", "基层党委", Domain: "乡镇", Township: "千河镇"),
        new("东坡村党支部", "党支部", "中共千河镇委员会", Domain: "村", Township: "千河镇"),
    ];

    [Fact]
    public async Task Import_never_mixes_counties()
    {
        var countyA = Counties.New();
        var countyB = Counties.New();
        using var a = organizations.ClientFor(countyA);
        using var b = organizations.ClientFor(countyB);
        Assert.Equal(HttpStatusCode.Created, (await ImportAsync(a, Township)).StatusCode);
        var township = (await a.GetFromJsonAsync<JsonElement[]>("/api/organizations"))!.Single(o => o.GetProperty("type").GetString() == "PrimaryCommittee").GetProperty("id").GetGuid();

        // County A's organizations are unknown in county B, as parents and as the scope of a user of B.
        var parentInA = await ImportAsync(b, [new("西坡村党支部", "党支部", "中共千河镇委员会")]);
        using var scopedInB = ScopedClient(countyB, township);
        var scopeInA = await ImportAsync(scopedInB, [new("西坡村党支部", "党支部")]);
        // The same names are free in another county.
        var sameNames = await ImportAsync(b, Township);

        var unknownParent = await parentInA.AssertProblemAsync(HttpStatusCode.UnprocessableEntity);
        Assert.Equal("上级组织", unknownParent.GetProperty("rowErrors")[0].GetProperty("column").GetString());
        await scopeInA.AssertProblemAsync(HttpStatusCode.UnprocessableEntity);
        Assert.Equal(HttpStatusCode.Created, sameNames.StatusCode);
        Assert.Equal(2, await OrganizationsRows.CountAsync(countyA, "organizations"));
        Assert.Equal(2, await OrganizationsRows.CountAsync(countyB, "organizations"));
        Assert.Equal(2, await OrganizationsRows.CountAsync(countyA, "outbox"));
        Assert.Equal(2, await OrganizationsRows.CountAsync(countyB, "outbox"));
        var idsA = (await a.GetFromJsonAsync<JsonElement[]>("/api/organizations"))!.Select(o => o.GetProperty("id").GetGuid());
        var idsB = (await b.GetFromJsonAsync<JsonElement[]>("/api/organizations"))!.Select(o => o.GetProperty("id").GetGuid());
        Assert.Empty(idsA.Intersect(idsB));
    }

    [Fact]
    public async Task Scoped_admin_imports_only_under_its_subtree()
    {
        var county = Counties.New();
        using var countyAdmin = organizations.ClientFor(county);
        var qianhe = await RegisterAsync(countyAdmin, new { name = "中共千河镇委员会", type = "PrimaryCommittee" });
        var pingtou = await RegisterAsync(countyAdmin, new { name = "中共坪头镇委员会", type = "PrimaryCommittee" });
        await RegisterAsync(countyAdmin, new { name = "坪头村党支部", type = "Branch", parentId = pingtou });
        using var admin = ScopedClient(county, qianhe);
        List<ListedOrganization> rows =
        [
            new("东坡村党支部", "党支部"),
            new("东坡村第一党小组", "党小组", "东坡村党支部"),
            new("西坡村党支部", "党支部", "中共千河镇委员会"),
            new("越界党小组", "党小组", "坪头村党支部"),
        ];

        var outside = await ImportAsync(admin, rows);
        rows.RemoveAt(3);
        var inside = await ImportAsync(admin, rows);

        var problem = await outside.AssertProblemAsync(HttpStatusCode.UnprocessableEntity);
        var error = Assert.Single(problem.GetProperty("rowErrors").EnumerateArray());
        Assert.Equal(5, error.GetProperty("row").GetInt32());
        Assert.Equal("上级组织", error.GetProperty("column").GetString());
        Assert.Equal(HttpStatusCode.Created, inside.StatusCode);
        var underQianhe = (await admin.GetFromJsonAsync<JsonElement[]>($"/api/organizations/{qianhe}/subtree"))!.Select(o => o.GetProperty("name").GetString());
        Assert.Equal(["东坡村党支部", "东坡村第一党小组", "中共千河镇委员会", "西坡村党支部"], underQianhe.Order(StringComparer.Ordinal));
        Assert.Equal(2, (await countyAdmin.GetFromJsonAsync<JsonElement[]>($"/api/organizations/{pingtou}/subtree"))!.Length);
    }

    private static Task<HttpResponseMessage> ImportAsync(HttpClient client, IEnumerable<ListedOrganization> rows) =>
        client.PostAsync("/api/organizations/imports", ImportFiles.Upload(ImportFiles.Xlsx(rows), "list.xlsx"));

    private HttpClient ScopedClient(string county, Guid scope)
    {
        var client = organizations.Host.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", TestTokens.Scoped(county, scope));
        return client;
    }

    private static async Task<Guid> RegisterAsync(HttpClient client, object body)
    {
        var response = await client.PostAsJsonAsync("/api/organizations", body);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
    }
}
