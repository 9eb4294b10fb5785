using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Cloud.Organizations.Data;
using Cloud.Organizations.Domain;
using Cloud.ServiceDefaults.Auth;
using Cloud.Testing;
using Microsoft.Extensions.DependencyInjection;
using MiniExcelLibs;

namespace Cloud.Organizations.Tests;

/// <summary>The tree as .xlsx in the import's own columns: an export imports again into an empty county.</summary>
public sealed class ExportTests(OrganizationsHost organizations) : IClassFixture<OrganizationsHost>
{
    private static readonly ListedOrganization[] List =
    [
        new("东坡村第一党小组", "党小组", "东坡村党支部"),
        new("中共千河镇委员会", "基层党委", Domain: "乡镇", Township: "千河镇"),
        new("东坡村党支部", "党支部", "中共千河镇委员会", "标准", "农村", "千河镇"),
        new("西街社区第3网格党支部", "党支部", "中共千河镇委员会", "网格", "社区", "千河镇", Status: "筹建"),
        new("千河镇机关党总支", "党总支", "中共千河镇委员会", Domain: "机关", Township: "千河镇"),
        new("千河镇机关第一党支部", "党支部", "千河镇机关党总支", "标准", "机关", "千河镇"),
        new("县流动党员党支部", "党支部", null, "流动党员", "其他"),
    ];

    [Fact]
    public async Task Export_reimports_into_an_empty_county()
    {
        var (countyA, countyB) = (Counties.New(), Counties.New());
        await ProvisionAsync(countyA, "甲县");
        var committeeB = await ProvisionAsync(countyB, "乙县");
        using var a = organizations.ClientFor(countyA);
        using var b = organizations.ClientFor(countyB);
        Assert.Equal(HttpStatusCode.Created, (await ImportAsync(a, ImportFiles.Xlsx(List))).StatusCode);

        var exportA = await a.GetAsync("/api/organizations/export.xlsx");
        var fileA = await exportA.Content.ReadAsByteArrayAsync();
        var reimport = await ImportAsync(b, fileA);
        var fileB = await b.GetByteArrayAsync("/api/organizations/export.xlsx");

        Assert.Equal(HttpStatusCode.OK, exportA.StatusCode);
        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", exportA.Content.Headers.ContentType?.MediaType);
        Assert.Equal($"组织架构-甲县-{CountyCalendar.Today(TimeProvider.System):yyyy-MM-dd}.xlsx", exportA.Content.Headers.ContentDisposition?.FileNameStar);
        Assert.Equal(HttpStatusCode.Created, reimport.StatusCode);
        var rowsA = Rows(fileA);
        var rowsB = Rows(fileB);
        Assert.Equal(List.Length, rowsA.Count);
        Assert.Equal(rowsA.Order(), rowsB.Order());
        Assert.Contains(("西街社区第3网格党支部", "党支部", "中共千河镇委员会", "网格", "社区", "千河镇", "筹建"), rowsB);
        Assert.Contains(("县流动党员党支部", "党支部", "", "流动党员", "其他", "", "正常"), rowsB);
        AssertParentsFirst(rowsA);
        AssertParentsFirst(rowsB);
        // An empty 上级组织 is the county committee again, the new county's own.
        var treeB = (await b.GetFromJsonAsync<JsonElement[]>("/api/organizations"))!;
        Assert.All(
            treeB.Where(o => o.GetProperty("name").GetString() is "中共千河镇委员会" or "县流动党员党支部"),
            o => Assert.Equal(committeeB, o.GetProperty("parentId").GetGuid()));
    }

    [Fact]
    public async Task Scoped_user_exports_its_subtree_and_auditor_may_export()
    {
        var county = Counties.New();
        using var admin = organizations.ClientFor(county);
        Assert.Equal(HttpStatusCode.Created, (await ImportAsync(admin, ImportFiles.Xlsx(List))).StatusCode);
        var tree = (await admin.GetFromJsonAsync<JsonElement[]>("/api/organizations"))!;
        var generalBranch = tree.Single(o => o.GetProperty("name").GetString() == "千河镇机关党总支").GetProperty("id").GetGuid();
        using var scoped = Client(TestTokens.Scoped(county, generalBranch, CloudRoles.BranchSecretary));
        using var auditor = Client(TestTokens.ForRole(CloudRoles.Auditor, county));

        var subtree = Rows(await scoped.GetByteArrayAsync("/api/organizations/export.xlsx"));
        var whole = Rows(await auditor.GetByteArrayAsync("/api/organizations/export.xlsx"));

        Assert.Equal(
            [("千河镇机关党总支", "党总支", "", "", "机关", "千河镇", "正常"), ("千河镇机关第一党支部", "党支部", "千河镇机关党总支", "标准", "机关", "千河镇", "正常")],
            subtree);
        Assert.Equal(List.Length, whole.Count);
    }

    private static void AssertParentsFirst(List<(string Name, string Type, string Parent, string Kind, string Domain, string Township, string Status)> rows)
    {
        var seen = new HashSet<string>();
        foreach (var row in rows)
        {
            Assert.True(row.Parent.Length == 0 || seen.Contains(row.Parent), $"{row.Name} comes before its parent {row.Parent}");
            seen.Add(row.Name);
        }
    }

    private static List<(string Name, string Type, string Parent, string Kind, string Domain, string Township, string Status)> Rows(byte[] workbook)
    {
        using var stream = new MemoryStream(workbook);
        return [.. stream.Query(useHeaderRow: true).Cast<IDictionary<string, object?>>().Select(r => (
            Cell(r, "组织名称"), Cell(r, "组织类型"), Cell(r, "上级组织"), Cell(r, "支部类型"), Cell(r, "所属领域"), Cell(r, "所属乡镇"), Cell(r, "状态")))];
    }

    private static string Cell(IDictionary<string, object?> row, string header) => row[header]?.ToString() ?? string.Empty;

    private static Task<HttpResponseMessage> ImportAsync(HttpClient client, byte[] workbook) =>
        client.PostAsync("/api/organizations/imports", ImportFiles.Upload(workbook, "list.xlsx"));

    /// <summary>The county as provisioning leaves it: only its committee.</summary>
    private async Task<Guid> ProvisionAsync(string county, string name)
    {
        using var scope = organizations.Host.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<OrganizationsDbContext>();
        db.Tenant.Set(county);
        var committee = Organization.RegisterCountyCommittee(name, DateTimeOffset.UtcNow);
        db.Organizations.Add(committee);
        await db.SaveChangesAsync();
        return committee.Id;
    }

    private HttpClient Client(string token)
    {
        var client = organizations.Host.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }
}
