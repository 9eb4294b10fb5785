using System.Globalization;
using Microsoft.Playwright;

namespace Cloud.SystemTests.Browser;

/// <summary>组织: the tree and the as-of view, an organization's page, its lifecycle forms, and a scoped admin's reach.</summary>
[Collection(PortalJourneys.Name)]
public sealed class OrganizationsJourney(PortalPlatform platform)
{
    private static string Today => DateTime.UtcNow.AddHours(8).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    [Fact]
    public async Task A_county_admin_registers_a_branch_under_a_township_and_finds_it_in_the_tree_and_the_as_of_view()
    {
        using var county = await platform.NewCountyAsync("组织树县");
        var township = await county.PostAsync("/api/organizations", new { name = "中共组织树县东河镇委员会", type = "PrimaryCommittee", establishedOn = "2024-01-01", domain = "Township" });
        var townshipId = township.GetProperty("id").GetGuid();
        await county.PostAsync($"/api/organizations/{townshipId}/honors", new { award = "AdvancedGrassrootsOrganization", year = 2025, level = "County" });
        var page = await platform.SignInAsync(county.Code, TestCounty.AdminLogin, TestCounty.Password);

        await page.GotoAsync("organizations");
        await PortalScreens.WaitForPageAsync(page, "组织");
        await page.GetByTestId("register").ClickAsync();
        await page.GetByLabel("组织名称").FillAsync("东河镇新村党支部");
        await JourneySetup.PickAsync(page, page.Locator(".mud-dialog"), "上级组织", "东河镇", "中共组织树县东河镇委员会");
        await page.GetByTestId("dialog-submit").ClickAsync();
        await page.GetByText("组织已登记").WaitForAsync();

        await ExpandAsync(page, "中共组织树县东河镇委员会");
        await SeeInTreeAsync(page, "东河镇新村党支部");
        await PortalScreens.ScreenshotAsync(page, "organizations-tree");
        var export = await page.RunAndWaitForDownloadAsync(() => page.GetByRole(AriaRole.Button, new() { Name = "导出 Excel" }).ClickAsync());
        Assert.StartsWith("组织架构-", export.SuggestedFilename);
        Assert.EndsWith(".xlsx", export.SuggestedFilename);

        await page.GotoAsync($"organizations?asOf={Today}");
        await PortalScreens.WaitForPageAsync(page, "组织");
        await ExpandAsync(page, "中共组织树县东河镇委员会");
        await SeeInTreeAsync(page, "东河镇新村党支部");

        await page.GotoAsync("organizations?asOf=2025-01-01");
        await PortalScreens.WaitForPageAsync(page, "组织");
        await SeeInTreeAsync(page, "中共组织树县东河镇委员会");
        Assert.Equal(0, await page.GetByTestId("tree").GetByRole(AriaRole.Button, new() { Name = "展开中共组织树县东河镇委员会" }).CountAsync());
        Assert.Equal(0, await page.GetByText("东河镇新村党支部").CountAsync());
        await page.Context.CloseAsync();

        var phone = await platform.SignInAsync(county.Code, TestCounty.AdminLogin, TestCounty.Password, PortalScreens.Phone);
        await phone.GotoAsync("organizations");
        await PortalScreens.WaitForPageAsync(phone, "组织");
        await ExpandAsync(phone, "中共组织树县东河镇委员会");
        await SeeInTreeAsync(phone, "东河镇新村党支部");
        await PortalScreens.ScreenshotAsync(phone, "organizations-tree");
        Assert.False(await PortalScreens.ScrollsSidewaysAsync(phone));

        await phone.GotoAsync($"organizations/{townshipId}");
        await PortalScreens.WaitForPageAsync(phone, "中共组织树县东河镇委员会");
        await phone.GetByRole(AriaRole.Tab, new() { Name = "评星与表彰" }).ClickAsync();
        await phone.GetByText("先进基层党组织").WaitForAsync();
        await PortalScreens.ScreenshotAsync(phone, "organization-page");
        Assert.False(await PortalScreens.ScrollsSidewaysAsync(phone));
        await phone.Context.CloseAsync();
    }

    [Fact]
    public async Task A_scoped_org_admin_cannot_open_an_organization_outside_its_subtree_by_url()
    {
        using var county = await platform.NewCountyAsync("组织范围县");
        var east = (await county.PostAsync("/api/organizations", new { name = "中共组织范围县东镇委员会", type = "PrimaryCommittee" })).GetProperty("id").GetGuid();
        var branch = (await county.PostAsync("/api/organizations", new { name = "东镇东坡村党支部", type = "Branch", parentId = east })).GetProperty("id").GetGuid();
        var west = (await county.PostAsync("/api/organizations", new { name = "中共组织范围县西镇委员会", type = "PrimaryCommittee" })).GetProperty("id").GetGuid();
        await county.CreateUserAsync("east", "东镇组织委员", ["OrgAdmin"], orgScope: east);
        var page = await platform.SignInAsync(county.Code, "east", TestCounty.Password);

        await page.GotoAsync($"organizations/{west}");
        await PortalScreens.WaitForPageAsync(page, "无权访问或未找到");
        var shown = await page.Locator(".mud-main-content").InnerTextAsync();
        Assert.Contains("未找到该组织，或您无权访问该组织", shown);
        Assert.DoesNotContain("西镇", shown);

        await page.GotoAsync($"organizations/{branch}");
        await PortalScreens.WaitForPageAsync(page, "东镇东坡村党支部");
        Assert.Contains("党支部", await page.GetByTestId("summary").InnerTextAsync());

        await page.GotoAsync("organizations");
        await PortalScreens.WaitForPageAsync(page, "组织");
        await SeeInTreeAsync(page, "东镇东坡村党支部");
        Assert.Equal(0, await page.GetByText("中共组织范围县西镇委员会").CountAsync());
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task A_rename_with_an_empty_name_shows_the_field_error_beside_the_name()
    {
        using var county = await platform.NewCountyAsync("组织更名县");
        var township = (await county.PostAsync("/api/organizations", new { name = "中共组织更名县南镇委员会", type = "PrimaryCommittee", establishedOn = "2024-01-01" })).GetProperty("id").GetGuid();
        var page = await platform.SignInAsync(county.Code, TestCounty.AdminLogin, TestCounty.Password);

        await page.GotoAsync($"organizations/{township}");
        await PortalScreens.WaitForPageAsync(page, "中共组织更名县南镇委员会");
        await page.GetByTestId("summary").WaitForAsync();
        await PortalScreens.ScreenshotAsync(page, "organization-page");
        await page.GetByTestId("actions").ClickAsync();
        await page.GetByTestId("action-rename").ClickAsync();
        await page.GetByLabel("新名称").FillAsync(string.Empty);
        await page.GetByTestId("dialog-submit").ClickAsync();

        var nameField = page.Locator(".mud-dialog .mud-input-control", new PageLocatorOptions { Has = page.GetByLabel("新名称") });
        await nameField.GetByText("组织名称不能为空").WaitForAsync();

        await page.GetByLabel("新名称").FillAsync("中共组织更名县南河镇委员会");
        await page.GetByTestId("dialog-submit").ClickAsync();
        await page.GetByText("已更名").WaitForAsync();
        await PortalScreens.WaitForPageAsync(page, "中共组织更名县南河镇委员会");
        await page.GetByRole(AriaRole.Tab, new() { Name = "历史沿革" }).ClickAsync();
        await page.GetByTestId("history").GetByText("更名为 中共组织更名县南河镇委员会").WaitForAsync();
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task The_election_form_starts_from_the_members_who_may_vote()
    {
        using var county = await platform.NewCountyAsync("选举县");
        var branch = await JourneySetup.RegisterBranchAsync(county, "中共选举县河东村支部委员会");
        await JourneySetup.RegisterMemberAsync(county, "周文华", 0, branch);
        await JourneySetup.RegisterMemberAsync(county, "吴德明", 1, branch);
        var page = await platform.SignInAsync(county.Code, TestCounty.AdminLogin, TestCounty.Password);
        await page.GotoAsync($"organizations/{branch}");
        await PortalScreens.WaitForPageAsync(page, "中共选举县河东村支部委员会");

        await page.GetByRole(AriaRole.Tab, new() { Name = "领导班子" }).ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "记录换届选举", Exact = true }).ClickAsync();

        await Assertions.Expect(page.GetByLabel("应到会人数")).ToHaveValueAsync("2");
        await Assertions.Expect(page.GetByText("有表决权的正式党员 2 名（预备党员 0 名不计）")).ToBeVisibleAsync();
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Every_lifecycle_form_opens_for_a_county_admin_and_a_refused_weak_flag_names_its_field()
    {
        using var county = await platform.NewCountyAsync("组织表单县");
        var village = (await county.PostAsync("/api/organizations", new { name = "北坡村党支部", type = "Branch", domain = "Village", establishedOn = "2024-01-01" })).GetProperty("id").GetGuid();
        var page = await platform.SignInAsync(county.Code, TestCounty.AdminLogin, TestCounty.Password);
        await page.GotoAsync($"organizations/{village}");
        await PortalScreens.WaitForPageAsync(page, "北坡村党支部");

        foreach (var action in new[] { "更名", "调整隶属关系", "登记下级组织", "合并到其他组织", "拆分", "开始调整", "撤销" })
        {
            await page.GetByTestId("actions").ClickAsync();
            await page.Locator(".mud-popover-open").GetByText(action, new() { Exact = true }).ClickAsync();
            await CancelDialogAsync(page);
        }

        foreach (var (tab, actions) in new[]
                 {
                     ("领导班子", new[] { "记录换届选举", "任职" }),
                     ("所在单位", new[] { "设置所在单位" }),
                     ("评星与表彰", new[] { "评星定级", "登记表彰", "结对帮扶", "命名示范点" }),
                 })
        {
            await page.GetByRole(AriaRole.Tab, new() { Name = tab }).ClickAsync();
            foreach (var action in actions)
            {
                await page.GetByRole(AriaRole.Button, new() { Name = action, Exact = true }).ClickAsync();
                await CancelDialogAsync(page);
            }
        }

        await page.GetByRole(AriaRole.Button, new() { Name = "认定软弱涣散" }).ClickAsync();
        await page.GetByTestId("dialog-submit").ClickAsync();
        var deadline = page.Locator(".mud-dialog .mud-input-control", new PageLocatorOptions { Has = page.GetByLabel("整顿期限") });
        await deadline.GetByText("整顿期限不能为空").WaitForAsync();
        Assert.Equal(0, await page.GetByText("页面出现了意外错误").CountAsync());
        await page.Context.CloseAsync();
    }

    private static async Task CancelDialogAsync(IPage page)
    {
        var dialog = page.Locator(".mud-dialog");
        await dialog.WaitForAsync();
        await dialog.GetByRole(AriaRole.Button, new() { Name = "取消" }).ClickAsync();
        await dialog.WaitForAsync(new LocatorWaitForOptions { State = WaitForSelectorState.Detached });
    }

    // On a timeout, says what the tree shows instead, so a failed journey explains itself.
    private static async Task SeeInTreeAsync(IPage page, string name)
    {
        try
        {
            await page.GetByTestId("tree").GetByText(name).WaitForAsync(new LocatorWaitForOptions { Timeout = 15_000 });
        }
        catch (TimeoutException ex)
        {
            var text = await page.Locator(".mud-main-content").InnerTextAsync();
            throw new TimeoutException($"{name} not in the tree at {page.Url}; the page shows: {text}", ex);
        }
    }

    private static async Task ExpandAsync(IPage page, string name) =>
        await page.GetByTestId("tree").GetByRole(AriaRole.Button, new() { Name = "展开" + name }).ClickAsync();
}
