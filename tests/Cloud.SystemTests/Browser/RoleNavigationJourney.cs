using Microsoft.Playwright;

namespace Cloud.SystemTests.Browser;

/// <summary>Each role signs in through Identity's real sign-in page and sees only the navigation its API rights allow.</summary>
[Collection(PortalJourneys.Name)]
public sealed class RoleNavigationJourney(PortalPlatform platform)
{
    private static readonly string[] Everything = ["工作台", "组织", "党员", "发展党员", "单位", "组织建设", "党内统计", "组织关系转接", "导入/导出", "我的档案", "用户与权限", "审计日志", "县级设置", "区县管理"];

    [Fact]
    public async Task Every_role_sees_only_its_own_navigation()
    {
        using var county = await platform.NewCountyAsync("角色导航县");
        var township = await county.PostAsync("/api/organizations", new { name = "中共角色导航县城关镇委员会", type = "PrimaryCommittee" });
        var townshipId = township.GetProperty("id").GetGuid();
        await county.CreateUserAsync("township", "城关镇组织委员", ["OrgAdmin"], orgScope: townshipId);
        await county.CreateUserAsync("secretary", "支部书记", ["BranchSecretary"], orgScope: townshipId);
        await county.CreateUserAsync("auditor", "纪检干部", ["Auditor"]);
        await county.CreateUserAsync("member", "普通党员", ["Member"]);

        await AssertNavigationAsync(county.Code, TestCounty.AdminLogin, "countyadmin",
            ["工作台", "组织", "党员", "发展党员", "单位", "组织建设", "党内统计", "组织关系转接", "导入/导出", "用户与权限", "审计日志", "县级设置"]);
        await AssertNavigationAsync(county.Code, "township", "orgadmin", ["工作台", "组织", "党员", "发展党员", "单位", "组织建设", "党内统计", "组织关系转接", "导入/导出"]);
        await AssertNavigationAsync(county.Code, "secretary", "branchsecretary", ["工作台", "组织", "党员", "发展党员", "单位", "组织建设", "党内统计", "组织关系转接", "导入/导出"]);
        await AssertNavigationAsync(county.Code, "auditor", "auditor", ["工作台", "组织", "党员", "发展党员", "单位", "组织建设", "党内统计"]);
        await AssertNavigationAsync(county.Code, "member", "member", ["工作台", "我的档案"]);
    }

    [Fact]
    public async Task The_platform_operator_sees_the_counties_and_nothing_of_a_county()
    {
        var page = await platform.SignInAsync("000000", "platform", PortalPlatform.PlatformPassword);

        Assert.Equal(["工作台", "区县管理"], await NavigationAsync(page));
        await page.Context.CloseAsync();
    }

    private async Task AssertNavigationAsync(string county, string login, string screenshot, string[] expected)
    {
        var page = await platform.SignInAsync(county, login, TestCounty.Password);
        Assert.Equal(expected, await NavigationAsync(page));
        await PortalScreens.ScreenshotAsync(page, $"home-{screenshot}");
        await page.Context.CloseAsync();
    }

    private static async Task<string[]> NavigationAsync(IPage page)
    {
        var links = await page.Locator("nav .mud-nav-link-text, .mud-navmenu .mud-nav-link-text").AllInnerTextsAsync();
        return [.. links.Select(l => l.Trim()).Where(l => Everything.Contains(l))];
    }
}
