using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Cloud.Testing;
using Xunit.Abstractions;

namespace Cloud.Organizations.Tests;

/// <summary>Import of a county's organization list: all or nothing, with every bad row named, against real PostgreSQL.</summary>
public sealed class ImportTests(OrganizationsHost organizations, ITestOutputHelper output) : IClassFixture<OrganizationsHost>
{
    private const string OrganizationRegistered = "Cloud.Contracts.Organizations.OrganizationRegistered";

    [Fact]
    public async Task Import_of_3500_rows_with_three_bad_rows_is_refused_whole_naming_them()
    {
        var county = Counties.New();
        using var client = organizations.ClientFor(county);
        var rows = ImportCountyList.Rows();
        var unknownParent = rows.FindIndex(r => r.Name == "第3镇第7村党支部");
        var groupUnderCommittee = rows.FindIndex(r => r.Name == "第8镇第2村第3党小组");
        var missingName = rows.FindIndex(r => r.Name == "第15镇第20村第4党小组");
        rows[unknownParent] = rows[unknownParent] with { Parent = "中共第99镇委员会" };
        rows[groupUnderCommittee] = rows[groupUnderCommittee] with { Parent = "中共第8镇委员会" };
        rows[missingName] = rows[missingName] with { Name = null };

        var response = await client.PostAsync("/api/organizations/imports", ImportFiles.Upload(ImportFiles.Xlsx(rows), "县组织名单.xlsx"));

        var problem = await response.AssertProblemAsync(HttpStatusCode.UnprocessableEntity);
        Assert.Equal("导入文件有错误，未导入任何组织", problem.GetProperty("title").GetString());
        var errors = problem.GetProperty("rowErrors").EnumerateArray().ToList();
        // Excel rows: the header is row 1, so the list's index i is row i + 2.
        Assert.Equal([unknownParent + 2, groupUnderCommittee + 2, missingName + 2], errors.Select(e => e.GetProperty("row").GetInt32()).Order());
        Assert.Contains(errors, e => e.GetProperty("row").GetInt32() == unknownParent + 2 && e.GetProperty("column").GetString() == "上级组织");
        Assert.Contains(errors, e => e.GetProperty("row").GetInt32() == groupUnderCommittee + 2 && e.GetProperty("message").GetString() == "党小组只能建在党支部下");
        Assert.Contains(errors, e => e.GetProperty("row").GetInt32() == missingName + 2 && e.GetProperty("column").GetString() == "组织名称");
        Assert.Equal(0, await OrganizationsRows.CountAsync(county, "organizations"));
        Assert.Equal(0, await OrganizationsRows.CountAsync(county, "outbox"));
    }

    [Fact]
    public async Task Same_file_fixed_imports_completely()
    {
        var county = Counties.New();
        using var client = organizations.ClientFor(county);
        var file = ImportFiles.Xlsx(ImportCountyList.Rows());
        output.WriteLine($"3,500-row .xlsx: {file.Length / 1024.0:F0} KB; CSV (UTF-8): {ImportFiles.Csv(ImportCountyList.Rows(), System.Text.Encoding.UTF8).Length / 1024.0:F0} KB");

        var clock = Stopwatch.StartNew();
        var response = await client.PostAsync("/api/organizations/imports", ImportFiles.Upload(file, "county.xlsx"));
        output.WriteLine($"Import of 3,500 organizations over HTTP: {clock.ElapsedMilliseconds} ms");

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(3500, body.GetProperty("created").GetInt32());
        Assert.Equal(ImportCountyList.Townships, body.GetProperty("secretariesAssigned").GetInt32());
        Assert.Equal(ImportCountyList.Townships, await OrganizationsRows.CountAsync(county, "committee_positions WHERE role = 'Secretary' AND ended_on IS NULL"));
        Assert.Equal(ImportCountyList.Townships, await OrganizationsRows.CountAsync(county, "outbox WHERE type = 'Cloud.Contracts.Organizations.PositionAssigned'"));
        Assert.Equal(3500, await OrganizationsRows.CountAsync(county, "organizations"));
        Assert.Equal(3500, await OrganizationsRows.CountAsync(county, $"outbox WHERE type = '{OrganizationRegistered}'"));
        Assert.Equal(3500, await OrganizationsRows.CountAsync(county,
            $"(SELECT DISTINCT (payload->>'OrganizationId')::uuid AS id FROM outbox WHERE type = '{OrganizationRegistered}') AS registered WHERE registered.id IN (SELECT id FROM organizations)"));
        var tree = await client.GetFromJsonAsync<JsonElement[]>("/api/organizations") ?? [];
        var byName = tree.ToDictionary(o => o.GetProperty("name").GetString()!);
        var township = byName["中共第4镇委员会"].GetProperty("id").GetGuid();
        var subtree = await client.GetFromJsonAsync<JsonElement[]>($"/api/organizations/{township}/subtree") ?? [];
        Assert.Equal(130, subtree.Length);
        var group = byName["第4镇第5村第2党小组"];
        Assert.Equal(byName["第4镇第5村党支部"].GetProperty("id").GetGuid(), group.GetProperty("parentId").GetGuid());
        Assert.Equal(3, group.GetProperty("path").GetString()!.Split('.').Length);
        Assert.Equal("Joint", byName["县第7号企业党支部"].GetProperty("kind").GetString());
        Assert.Equal("Village", byName["第4镇第5村党支部"].GetProperty("domain").GetString());

        // The relay publishes all 3,500 events; waiting here also leaves no backlog for the relay tests that run last.
        await Eventually.WaitAsync(() => OrganizationsRows.CountAsync(county, "outbox WHERE sent_at IS NULL"), n => n == 0, TimeSpan.FromMinutes(3), "every registration is published");
    }

    [Fact]
    public async Task Secretary_ids_in_the_list_are_put_in_post()
    {
        var county = Counties.New();
        using var client = organizations.ClientFor(county);
        var secretary = Guid.CreateVersion7();
        var groupLeader = Guid.CreateVersion7();
        var file = ImportFiles.Csv(
        [
            new("中共千河镇委员会", "基层党委", Domain: "乡镇", Township: "千河镇"),
            new("东坡村党支部", "党支部", "中共千河镇委员会", "标准", "农村", "千河镇", secretary.ToString()),
            new("东坡村第一党小组", "党小组", "东坡村党支部", Township: "千河镇", SecretaryId: groupLeader.ToString()),
        ], System.Text.Encoding.UTF8);

        var response = await client.PostAsync("/api/organizations/imports", ImportFiles.Upload(file, "名单.csv"));

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.Equal(2, (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("secretariesAssigned").GetInt32());
        var byName = (await client.GetFromJsonAsync<JsonElement[]>("/api/organizations") ?? []).ToDictionary(o => o.GetProperty("name").GetString()!, o => o.GetProperty("id").GetGuid());
        var branch = await client.GetFromJsonAsync<JsonElement>($"/api/organizations/{byName["东坡村党支部"]}/leadership");
        Assert.Equal(secretary, branch.GetProperty("secretaryMemberId").GetGuid());
        Assert.Equal(JsonValueKind.Null, branch.GetProperty("vacancy").ValueKind);
        var posts = await client.GetFromJsonAsync<JsonElement[]>($"/api/organizations/{byName["东坡村第一党小组"]}/positions?current=true") ?? [];
        var leader = Assert.Single(posts);
        Assert.Equal("GroupLeader", leader.GetProperty("role").GetString());
        Assert.Equal(groupLeader, leader.GetProperty("memberId").GetGuid());
        var committee = await client.GetFromJsonAsync<JsonElement>($"/api/organizations/{byName["中共千河镇委员会"]}/leadership");
        Assert.Equal(JsonValueKind.Null, committee.GetProperty("secretaryMemberId").ValueKind); // no 书记ID: no post
    }

    [Fact]
    public async Task Preview_writes_nothing()
    {
        var county = Counties.New();
        using var client = organizations.ClientFor(county);
        var rows = ImportCountyList.Rows().Take(130).ToList();

        var response = await client.PostAsync("/api/organizations/imports/preview", ImportFiles.Upload(ImportFiles.Xlsx(rows), "list.xlsx"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var preview = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(130, preview.GetProperty("rows").GetInt32());
        Assert.True(preview.GetProperty("valid").GetBoolean());
        Assert.Equal(0, preview.GetProperty("errors").GetArrayLength());
        Assert.Equal(130, preview.GetProperty("toCreate").GetInt32());
        Assert.Equal(0, await OrganizationsRows.CountAsync(county, "organizations"));
        Assert.Equal(0, await OrganizationsRows.CountAsync(county, "outbox"));
    }

    [Fact]
    public async Task Duplicate_names_are_row_errors()
    {
        var county = Counties.New();
        using var client = organizations.ClientFor(county);
        Assert.Equal(HttpStatusCode.Created, (await client.PostAsJsonAsync("/api/organizations", new { name = "中共千河镇委员会", type = "PrimaryCommittee" })).StatusCode);
        ListedOrganization[] rows =
        [
            new("中共坪头镇委员会", "基层党委"),
            new("东坡村党支部", "党支部", "中共坪头镇委员会"),
            new("中共千河镇委员会", "基层党委"),
            new("东坡村党支部", "党支部", "中共坪头镇委员会"),
        ];

        var preview = await PreviewAsync(client, ImportFiles.Xlsx(rows));

        Assert.False(preview.GetProperty("valid").GetBoolean());
        Assert.Equal(0, preview.GetProperty("toCreate").GetInt32());
        var errors = Errors(preview);
        Assert.Equal([(4, "组织名称"), (5, "组织名称")], errors.Select(e => (e.Row, e.Column)));
        Assert.Equal("本县已有名为“中共千河镇委员会”的组织", errors[0].Message);
        Assert.Equal("组织名称与第3行重复", errors[1].Message);
    }

    [Fact]
    public async Task Parent_later_in_file_is_resolved()
    {
        var county = Counties.New();
        using var client = organizations.ClientFor(county);
        ListedOrganization[] rows =
        [
            new("东坡村第一党小组", "党小组", "东坡村党支部"),
            new("东坡村党支部", "Branch", "中共千河镇委员会", "Standard", "Village", "千河镇"),
            new("中共千河镇委员会", "PrimaryCommittee", null, Domain: "Township", Township: "千河镇"),
        ];

        var response = await client.PostAsync("/api/organizations/imports", ImportFiles.Upload(ImportFiles.Xlsx(rows), "list.xlsx"));

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var tree = (await client.GetFromJsonAsync<JsonElement[]>("/api/organizations") ?? []).ToDictionary(o => o.GetProperty("name").GetString()!);
        var township = tree["中共千河镇委员会"];
        var branch = tree["东坡村党支部"];
        var group = tree["东坡村第一党小组"];
        Assert.Equal(JsonValueKind.Null, township.GetProperty("parentId").ValueKind);
        Assert.Equal(township.GetProperty("id").GetGuid(), branch.GetProperty("parentId").GetGuid());
        Assert.Equal(branch.GetProperty("id").GetGuid(), group.GetProperty("parentId").GetGuid());
        Assert.StartsWith(branch.GetProperty("path").GetString() + ".", group.GetProperty("path").GetString(), StringComparison.Ordinal);
        Assert.StartsWith(township.GetProperty("path").GetString() + ".", branch.GetProperty("path").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Cycle_in_file_is_an_error()
    {
        var county = Counties.New();
        using var client = organizations.ClientFor(county);
        ListedOrganization[] rows =
        [
            new("甲党委", "基层党委", "丙党委"),
            new("乙党委", "基层党委", "甲党委"),
            new("丙党委", "基层党委", "乙党委"),
            new("丁支部", "党支部", "甲党委"),
            new("戊党委", "基层党委", "戊党委"),
            new("己党委", "基层党委"),
        ];

        var preview = await PreviewAsync(client, ImportFiles.Xlsx(rows));

        var errors = Errors(preview);
        Assert.Equal([2, 3, 4, 6], errors.Select(e => e.Row));
        Assert.All(errors, e => Assert.Equal("上级组织", e.Column));
        Assert.All(errors.Take(3), e => Assert.Contains("循环", e.Message, StringComparison.Ordinal));
        Assert.Equal("上级组织不能是本组织自己", errors[3].Message);
    }

    [Fact]
    public async Task Csv_in_gbk_is_read()
    {
        var county = Counties.New();
        using var client = organizations.ClientFor(county);
        ListedOrganization[] rows =
        [
            new("中共千河镇委员会", "基层党委", Domain: "乡镇", Township: "千河镇"),
            new("千河镇\"两新\"联合党支部，第一", "党支部", "中共千河镇委员会", "联合", "非公企业", "千河镇"),
            new("西街社区党支部", "党支部", "中共千河镇委员会", "网格", "社区", "千河镇"),
        ];
        // Excel on Chinese Windows saves "CSV (逗号分隔)" in GBK; the columns in another order than the template's.
        var csv = ImportFiles.Csv(rows, ImportFiles.Gbk, ["所属乡镇", "组织类型", "组织名称", "上级组织", "所属领域", "支部类型"]);

        var response = await client.PostAsync("/api/organizations/imports", ImportFiles.Upload(csv, "名单.csv"));

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var tree = (await client.GetFromJsonAsync<JsonElement[]>("/api/organizations") ?? []).ToDictionary(o => o.GetProperty("name").GetString()!);
        Assert.Equal(3, tree.Count);
        var joint = tree["千河镇\"两新\"联合党支部，第一"];
        Assert.Equal("Joint", joint.GetProperty("kind").GetString());
        Assert.Equal("PrivateEnterprise", joint.GetProperty("domain").GetString());
        Assert.Equal("千河镇", joint.GetProperty("township").GetString());
        Assert.Equal("Grid", tree["西街社区党支部"].GetProperty("kind").GetString());
    }

    private static async Task<JsonElement> PreviewAsync(HttpClient client, byte[] file)
    {
        var response = await client.PostAsync("/api/organizations/imports/preview", ImportFiles.Upload(file, "list.xlsx"));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    private static List<(int Row, string Column, string Message)> Errors(JsonElement preview) =>
        [.. preview.GetProperty("errors").EnumerateArray()
            .Select(e => (e.GetProperty("row").GetInt32(), e.GetProperty("column").GetString()!, e.GetProperty("message").GetString()!))];
}
