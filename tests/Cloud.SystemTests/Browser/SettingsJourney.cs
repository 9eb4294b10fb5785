using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Cloud.SystemTests.Browser;

/// <summary>县级设置: the county admin changes a local rule (field error first), and the change is kept; no one else gets the page.</summary>
[Collection(PortalJourneys.Name)]
public sealed class SettingsJourney(PortalPlatform platform)
{
    [Fact]
    public async Task A_county_admin_sees_a_bad_value_refused_beside_its_field_then_saves_and_the_value_is_kept()
    {
        using var county = await platform.NewCountyAsync("设置县");
        var page = await platform.SignInAsync(county.Code, TestCounty.AdminLogin, TestCounty.Password);
        await page.GotoAsync("settings");
        await PortalScreens.WaitForPageAsync(page, "县级设置");
        await Expect(page.GetByTestId("settings-state")).ToHaveTextAsync("使用默认值");
        var vacancy = page.GetByLabel("书记空缺提醒");
        await Expect(vacancy).ToHaveValueAsync("90");

        await vacancy.FillAsync("1000");
        await page.GetByTestId("save-settings").ClickAsync();
        var field = page.Locator(".mud-input-control", new() { Has = vacancy });
        await Expect(field).ToContainTextAsync("书记空缺提醒天数须在1到730之间");

        await vacancy.FillAsync("60");
        await page.GetByTestId("save-settings").ClickAsync();
        await Expect(page.GetByText("已保存")).ToBeVisibleAsync();
        await Expect(page.GetByTestId("settings-state")).ToContainTextAsync("本县已调整");
        await PortalScreens.ScreenshotAsync(page, "settings");

        await page.ReloadAsync();
        await PortalScreens.WaitForPageAsync(page, "县级设置");
        await Expect(page.GetByLabel("书记空缺提醒")).ToHaveValueAsync("60");
        Assert.Equal(60, (await county.GetAsync("/api/organizations/settings")).GetProperty("secretaryVacancyAdvisoryDays").GetInt32());
        await page.Context.CloseAsync();

        var phone = await platform.SignInAsync(county.Code, TestCounty.AdminLogin, TestCounty.Password, PortalScreens.Phone);
        await phone.GotoAsync("settings");
        await PortalScreens.WaitForPageAsync(phone, "县级设置");
        await Expect(phone.GetByLabel("书记空缺提醒")).ToHaveValueAsync("60");
        Assert.False(await PortalScreens.ScrollsSidewaysAsync(phone));
        await PortalScreens.ScreenshotAsync(phone, "settings");
        await phone.Context.CloseAsync();
    }

    [Fact]
    public async Task A_township_OrgAdmin_opening_the_settings_by_url_is_told_it_may_not()
    {
        using var county = await platform.NewCountyAsync("设置权限县");
        var township = (await county.PostAsync("/api/organizations", new { name = "中共设置权限县城关镇委员会", type = "PrimaryCommittee" })).GetProperty("id").GetGuid();
        await county.CreateUserAsync("township", "城关镇组织委员", ["OrgAdmin"], orgScope: township);

        var page = await platform.SignInAsync(county.Code, "township", TestCounty.Password);
        await page.GotoAsync("settings");

        await Expect(page).ToHaveTitleAsync("无权访问 - 党建云");
        await Expect(page.GetByTestId("save-settings")).ToHaveCountAsync(0);
        await page.Context.CloseAsync();
    }
}
