using Microsoft.Playwright;

namespace Cloud.SystemTests.Browser;

/// <summary>The 工作台 lists what needs the user's attention, each item a link to where it is handled.</summary>
[Collection(PortalJourneys.Name)]
public sealed class WorkbenchJourney(PortalPlatform platform)
{
    [Fact]
    public async Task The_county_administrator_sees_the_township_without_a_secretary_and_follows_it()
    {
        using var county = await platform.NewCountyAsync("工作台县");
        var township = await county.PostAsync("/api/organizations", new { name = "中共工作台县红旗镇委员会", type = "PrimaryCommittee" });

        var page = await platform.SignInAsync(county.Code, TestCounty.AdminLogin, TestCounty.Password);
        var vacancies = page.Locator("[data-testid=attention]", new PageLocatorOptions { HasTextString = "书记空缺" });
        await vacancies.GetByText("中共工作台县红旗镇委员会").ClickAsync();

        await page.WaitForURLAsync($"**/organizations/{township.GetProperty("id").GetGuid()}");
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task At_phone_width_the_workbench_fits_the_screen()
    {
        using var county = await platform.NewCountyAsync("手机工作台县");
        await county.PostAsync("/api/organizations", new { name = "中共手机工作台县城关镇委员会", type = "PrimaryCommittee" });

        var page = await platform.SignInAsync(county.Code, TestCounty.AdminLogin, TestCounty.Password, PortalScreens.Phone);
        await page.Locator("[data-testid=attention]").First.WaitForAsync();

        Assert.False(await PortalScreens.ScrollsSidewaysAsync(page));
        await PortalScreens.ScreenshotAsync(page, "home-countyadmin");
        await page.Context.CloseAsync();
    }
}
