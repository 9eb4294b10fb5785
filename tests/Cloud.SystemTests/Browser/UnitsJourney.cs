using System.Net.Http.Json;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Cloud.SystemTests.Browser;

/// <summary>单位: the county's unit registry, its coverage and 应建未建; registering is county-wide work.</summary>
[Collection(PortalJourneys.Name)]
public sealed class UnitsJourney(PortalPlatform platform)
{
    [Fact]
    public async Task A_county_admin_registers_a_unit_after_a_field_error_and_the_coverage_counts_it_once_a_branch_names_it()
    {
        using var county = await platform.NewCountyAsync("单位县");
        var branch = await JourneySetup.RegisterBranchAsync(county, "中共单位县柳林村支部委员会");
        var page = await platform.SignInAsync(county.Code, TestCounty.AdminLogin, TestCounty.Password);
        await page.GotoAsync("units");
        await PortalScreens.WaitForPageAsync(page, "单位");
        await Expect(page.GetByTestId("unit-count")).ToContainTextAsync("共 0 个单位");

        await page.GetByTestId("register-unit").ClickAsync();
        var dialog = page.Locator(".mud-dialog");
        await JourneySetup.SelectAsync(page, dialog, "单位类别", "行政村");
        await dialog.GetByTestId("dialog-submit").ClickAsync();
        var name = dialog.Locator(".mud-input-control", new() { Has = page.GetByLabel("单位名称") });
        await Expect(name).ToContainTextAsync("单位名称不能为空");

        await dialog.GetByLabel("单位名称").FillAsync("柳林村村民委员会");
        await dialog.GetByLabel("所属乡镇（街道）").FillAsync("城关镇");
        await dialog.GetByTestId("dialog-submit").ClickAsync();
        await Expect(page.GetByText("单位已登记")).ToBeVisibleAsync();
        await Expect(page.GetByTestId("unit-count")).ToContainTextAsync("共 1 个单位，已建立党组织 0 个");
        await page.GetByRole(AriaRole.Tab, new() { Name = "党组织覆盖情况" }).ClickAsync();
        await Expect(page.GetByTestId("coverage-total")).ToContainTextAsync("覆盖率 0%");

        var unitId = (await county.GetAsync("/api/organizations/units")).EnumerateArray().Single().GetProperty("id").GetGuid();
        (await county.Api.PutAsJsonAsync($"/api/organizations/{branch}/host-unit", new { unitId })).EnsureSuccessStatusCode();
        await page.ReloadAsync();
        await PortalScreens.WaitForPageAsync(page, "单位");
        await Expect(page.GetByTestId("unit-count")).ToContainTextAsync("已建立党组织 1 个");
        await PortalScreens.ScreenshotAsync(page, "units");
        await page.GetByRole(AriaRole.Tab, new() { Name = "党组织覆盖情况" }).ClickAsync();
        await Expect(page.GetByTestId("coverage-total")).ToContainTextAsync("覆盖率 100%");

        await page.GetByRole(AriaRole.Tab, new() { Name = "单位名册" }).ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "柳林村村民委员会" }).ClickAsync();
        await PortalScreens.WaitForPageAsync(page, "柳林村村民委员会");
        await Expect(page.GetByTestId("unit-organizations")).ToContainTextAsync("中共单位县柳林村支部委员会");
        await PortalScreens.ScreenshotAsync(page, "unit");
        await page.Context.CloseAsync();

        var phone = await platform.SignInAsync(county.Code, TestCounty.AdminLogin, TestCounty.Password, PortalScreens.Phone);
        await phone.GotoAsync("units");
        await PortalScreens.WaitForPageAsync(phone, "单位");
        await Expect(phone.GetByText("柳林村村民委员会")).ToBeVisibleAsync();
        Assert.False(await PortalScreens.ScrollsSidewaysAsync(phone));
        await PortalScreens.ScreenshotAsync(phone, "units");
        await phone.Context.CloseAsync();
    }

    [Fact]
    public async Task A_township_OrgAdmin_reads_the_units_but_gets_no_register_or_edit_buttons()
    {
        using var county = await platform.NewCountyAsync("单位权限县");
        var township = (await county.PostAsync("/api/organizations", new { name = "中共单位权限县城关镇委员会", type = "PrimaryCommittee", township = "城关镇" })).GetProperty("id").GetGuid();
        var unit = (await county.PostAsync("/api/organizations/units", new { name = "城关镇中心小学", category = "School", township = "城关镇" })).GetProperty("id").GetGuid();
        await county.CreateUserAsync("township", "城关镇组织委员", ["OrgAdmin"], orgScope: township);

        var page = await platform.SignInAsync(county.Code, "township", TestCounty.Password);
        await page.GotoAsync("units");
        await PortalScreens.WaitForPageAsync(page, "单位");
        await Expect(page.GetByText("城关镇中心小学")).ToBeVisibleAsync();
        await Expect(page.GetByTestId("register-unit")).ToHaveCountAsync(0);
        await page.GotoAsync($"units/{unit}");
        await PortalScreens.WaitForPageAsync(page, "城关镇中心小学");
        await Expect(page.GetByTestId("edit-unit")).ToHaveCountAsync(0);
        await page.Context.CloseAsync();
    }
}
