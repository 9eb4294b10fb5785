using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Cloud.SystemTests.Browser;

/// <summary>组织建设: the county's lists of a year (weak organizations, honors, ratings), each organization a link to its page.</summary>
[Collection(PortalJourneys.Name)]
public sealed class BuildingJourney(PortalPlatform platform)
{
    [Fact]
    public async Task The_county_sees_this_years_weak_organizations_and_honors_and_opens_an_organization_from_the_list()
    {
        using var county = await platform.NewCountyAsync("建设县");
        var weak = (await county.PostAsync("/api/organizations", new { name = "中共建设县后沟村支部委员会", type = "Branch", domain = "Village" })).GetProperty("id").GetGuid();
        var strong = (await county.PostAsync("/api/organizations", new { name = "中共建设县前川村支部委员会", type = "Branch", domain = "Village" })).GetProperty("id").GetGuid();
        var today = DateOnly.FromDateTime(DateTime.UtcNow.AddHours(8));
        await county.PostAsync($"/api/organizations/{weak}/weak", new { flaggedOn = today, rectificationDeadline = today.AddMonths(6), reason = "班子不团结" });
        await county.PostAsync($"/api/organizations/{strong}/honors", new { award = "FiveGoodsAward", year = today.Year, level = "County" });

        var page = await platform.SignInAsync(county.Code, TestCounty.AdminLogin, TestCounty.Password);
        await page.GotoAsync("building");
        await PortalScreens.WaitForPageAsync(page, "组织建设");
        await page.GetByRole(AriaRole.Tab, new() { Name = "软弱涣散（1）" }).ClickAsync();
        await Expect(page.GetByTestId("weak-summary")).ToContainTextAsync("整顿中 1 个");
        await Expect(page.GetByTestId("weak")).ToContainTextAsync("班子不团结");
        await PortalScreens.ScreenshotAsync(page, "building");
        await page.GetByRole(AriaRole.Tab, new() { Name = "表彰" }).ClickAsync();
        await Expect(page.GetByTestId("honors-summary")).ToContainTextAsync("表彰 1 项");

        await page.GetByTestId("honors").GetByRole(AriaRole.Link, new() { Name = "中共建设县前川村支部委员会" }).ClickAsync();
        await PortalScreens.WaitForPageAsync(page, "中共建设县前川村支部委员会");
        await page.Context.CloseAsync();

        var phone = await platform.SignInAsync(county.Code, TestCounty.AdminLogin, TestCounty.Password, PortalScreens.Phone);
        await phone.GotoAsync("building");
        await PortalScreens.WaitForPageAsync(phone, "组织建设");
        await Expect(phone.GetByTestId("ratings-summary")).ToContainTextAsync("村党组织 2 个");
        Assert.False(await PortalScreens.ScrollsSidewaysAsync(phone));
        await PortalScreens.ScreenshotAsync(phone, "building");
        await phone.Context.CloseAsync();
    }
}
