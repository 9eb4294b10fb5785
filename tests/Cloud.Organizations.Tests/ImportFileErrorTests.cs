using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Cloud.ServiceDefaults.Auth;
using Cloud.Testing;

namespace Cloud.Organizations.Tests;

/// <summary>Files that cannot be imported as a whole get 400 problem+json on field <c>file</c>; bodies past 8 MiB get 413.</summary>
public sealed class ImportFileErrorTests(OrganizationsHost organizations) : IClassFixture<OrganizationsHost>
{
    private readonly string _county = Counties.New();

    [Theory]
    [InlineData("/api/organizations/imports/preview")]
    [InlineData("/api/organizations/imports")]
    public async Task Not_a_spreadsheet_is_refused_with_400(string endpoint)
    {
        using var client = organizations.ClientFor(_county);

        var response = await client.PostAsync(endpoint, ImportFiles.Upload("%PDF-1.7 县组织名单"u8.ToArray(), "名单.pdf"));

        var problem = await response.AssertProblemAsync(HttpStatusCode.BadRequest);
        problem.AssertFieldError("file");
        Assert.Equal("只能导入 .xlsx 或 .csv 文件", problem.GetProperty("errors").GetProperty("file")[0].GetString());
    }

    [Fact]
    public async Task Missing_column_is_refused_with_400()
    {
        using var client = organizations.ClientFor(_county);
        var csv = ImportFiles.Csv([new("中共千河镇委员会", "基层党委")], Encoding.UTF8, ["组织名称", "上级组织"]);

        var response = await client.PostAsync("/api/organizations/imports", ImportFiles.Upload(csv, "list.csv"));

        var problem = await response.AssertProblemAsync(HttpStatusCode.BadRequest);
        Assert.Contains("组织类型", problem.GetProperty("errors").GetProperty("file")[0].GetString(), StringComparison.Ordinal);
        Assert.Equal(0, await OrganizationsRows.CountAsync(_county, "organizations"));
    }

    [Fact]
    public async Task Empty_file_no_file_field_and_no_form_are_refused_with_400()
    {
        using var client = organizations.ClientFor(_county);

        var empty = await client.PostAsync("/api/organizations/imports", ImportFiles.Upload([], "list.csv"));
        var otherField = await client.PostAsync("/api/organizations/imports", ImportFiles.Upload("组织名称,组织类型\n甲,党支部\n"u8.ToArray(), "list.csv", field: "upload"));
        var json = await client.PostAsJsonAsync("/api/organizations/imports", new { name = "甲" });

        foreach (var response in new[] { empty, otherField, json })
        {
            (await response.AssertProblemAsync(HttpStatusCode.BadRequest)).AssertFieldError("file");
        }
    }

    [Fact]
    public async Task More_than_5000_rows_are_refused_with_400()
    {
        using var client = organizations.ClientFor(_county);
        var rows = Enumerable.Range(1, 5001).Select(i => new ListedOrganization($"第{i}号企业党支部", "党支部"));

        var response = await client.PostAsync("/api/organizations/imports/preview", ImportFiles.Upload(ImportFiles.Xlsx(rows), "big.xlsx"));

        (await response.AssertProblemAsync(HttpStatusCode.BadRequest)).AssertFieldError("file");
    }

    [Fact]
    public async Task A_list_past_the_default_1_MiB_is_read_and_a_body_past_8_MiB_is_refused_with_413()
    {
        using var client = organizations.ClientFor(_county);
        // 5,000 organizations with long names: about 1.5 MB of CSV, over the 1 MiB every other endpoint allows.
        const string Park = "中共千河县经济开发区非公有制经济组织和社会组织综合委员会";
        var rows = Enumerable.Range(1, 4999)
            .Select(i => new ListedOrganization($"千河县经济开发区第{i}号非公有制企业暨社会组织联合党支部（含流动党员和在外务工党员）", "党支部", Park, "联合", "非公企业", "千河县经济开发区管理委员会"))
            .Prepend(new ListedOrganization(Park, "基层党委", Domain: "园区"));
        var large = ImportFiles.Csv(rows, Encoding.UTF8);
        var tooLarge = new byte[(9 * 1024 * 1024) + 1];
        Array.Fill(tooLarge, (byte)'a');

        var accepted = await client.PostAsync("/api/organizations/imports/preview", ImportFiles.Upload(large, "large.csv"));
        // The client waits for "100 Continue" before sending, so it hears the 413 instead of a reset connection.
        using var huge = new HttpRequestMessage(HttpMethod.Post, "/api/organizations/imports/preview") { Content = ImportFiles.Upload(tooLarge, "huge.csv") };
        huge.Headers.ExpectContinue = true;
        var refused = await client.SendAsync(huge);

        Assert.True(large.Length > 1024 * 1024, $"{large.Length} bytes");
        Assert.Equal(HttpStatusCode.OK, accepted.StatusCode);
        Assert.Equal(5000, (await accepted.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("toCreate").GetInt32());
        await refused.AssertProblemAsync(HttpStatusCode.RequestEntityTooLarge);
    }

    [Theory]
    [InlineData(CloudRoles.BranchSecretary)]
    [InlineData(CloudRoles.Auditor)]
    public async Task Only_organization_managers_import(string role)
    {
        using var client = organizations.Host.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", TestTokens.ForRole(role, _county));
        var file = ImportFiles.Xlsx([new("中共千河镇委员会", "基层党委")]);

        var preview = await client.PostAsync("/api/organizations/imports/preview", ImportFiles.Upload(file, "list.xlsx"));
        var import = await client.PostAsync("/api/organizations/imports", ImportFiles.Upload(file, "list.xlsx"));

        Assert.Equal(HttpStatusCode.Forbidden, preview.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, import.StatusCode);
        Assert.Equal(0, await OrganizationsRows.CountAsync(_county, "organizations"));
    }
}
