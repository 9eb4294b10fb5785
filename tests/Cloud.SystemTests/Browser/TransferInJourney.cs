using Cloud.Testing;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Cloud.SystemTests.Browser;

/// <summary>接收系统外转入: a member arriving with a letter from outside Cloud gets a record; the refusal shows beside the fields first.</summary>
[Collection(PortalJourneys.Name)]
public sealed class TransferInJourney(PortalPlatform platform)
{
    [Fact]
    public async Task A_county_admin_receives_a_member_from_outside_after_field_errors_and_finds_them_by_name()
    {
        using var county = await platform.NewCountyAsync("转入县");
        await JourneySetup.RegisterBranchAsync(county, "中共转入县南关社区支部委员会");
        var page = await platform.SignInAsync(county.Code, TestCounty.AdminLogin, TestCounty.Password);
        await page.GotoAsync("transfers");
        await PortalScreens.WaitForPageAsync(page, "组织关系转接");
        await page.GetByTestId("transfer-in").ClickAsync();
        await PortalScreens.WaitForPageAsync(page, "接收系统外转入");

        await page.GetByTestId("receive").ClickAsync();
        var letterNo = page.Locator(".mud-input-control", new() { Has = page.GetByLabel("介绍信编号") });
        var name = page.Locator(".mud-input-control", new() { Has = page.GetByLabel("姓名", new() { Exact = true }) });
        await Expect(letterNo).ToContainTextAsync("不能为空");
        await Expect(name).ToContainTextAsync("不能为空");
        await PortalScreens.ScreenshotAsync(page, "transfer-in-errors");

        await page.GetByLabel("转出党组织（介绍信开具单位）").FillAsync("中共某省某县某村支部委员会");
        await JourneySetup.SelectAsync(page, page.GetByTestId("letter"), "转接原因", "居住地变更");
        await page.GetByLabel("介绍信编号").FillAsync("外转〔2026〕3号");
        await page.GetByLabel("姓名", new() { Exact = true }).FillAsync("上官秀梅");
        await page.GetByLabel("身份证号码").FillAsync(MemberRoster.NationalIdOf(0));
        await page.Locator("[data-field=gender]").ClickAsync();
        await page.Locator(".mud-popover-open .mud-list-item", new() { HasTextString = "女" }).First.ClickAsync();
        await page.GetByLabel("民族").FillAsync("汉族");
        await TypeDateAsync(page, "出生日期", MemberRoster.BirthDateOf(0).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        foreach (var (field, option) in new[] { ("education", "大学本科"), ("occupation", "工人"), ("employmentStatus", "在职"), ("status", "正式党员") })
        {
            await page.Locator($"[data-field={field}]").ClickAsync();
            await page.Locator(".mud-popover-open .mud-list-item", new() { HasTextString = option }).First.ClickAsync();
        }

        await JourneySetup.PickAsync(page, page.Locator("body"), "所在党组织", "南关", "中共转入县南关社区支部委员会");
        await TypeDateAsync(page, "入党时间", "2010-07-01");
        await TypeDateAsync(page, "预备期开始日期", "2010-07-01");
        await TypeDateAsync(page, "转正时间", "2011-07-01");
        await page.GetByTestId("receive").ClickAsync();

        await PortalScreens.WaitForPageAsync(page, "上官秀梅");
        await page.GotoAsync("members");
        await PortalScreens.WaitForPageAsync(page, "党员");
        await page.GetByLabel("姓名", new() { Exact = true }).FillAsync("上官");
        await Expect(page.GetByTestId("member-total")).ToContainTextAsync("共 1 名");
        await Expect(page.GetByRole(AriaRole.Link, new() { Name = "上官秀梅" })).ToBeVisibleAsync();
        await page.Context.CloseAsync();
    }

    /// <summary>Types a date into a picker and leaves it; typed again if a render of the form in between wiped it.</summary>
    private static async Task TypeDateAsync(IPage page, string label, string date)
    {
        var input = page.GetByLabel(label);
        for (var attempt = 1; ; attempt++)
        {
            await input.FillAsync(date);
            await input.PressAsync("Tab");
            await page.WaitForTimeoutAsync(200);
            if (await input.InputValueAsync() == date || attempt == 3)
            {
                await Expect(input).ToHaveValueAsync(date);
                return;
            }
        }
    }
}
