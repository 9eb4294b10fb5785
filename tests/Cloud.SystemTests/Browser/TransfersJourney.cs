using System.Text.Json;
using Cloud.Testing;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Cloud.SystemTests.Browser;

/// <summary>An affiliation transfer between two counties on Cloud, done in the Portal by both counties' organization departments.</summary>
[Collection(PortalJourneys.Name)]
public sealed class TransfersJourney(PortalPlatform platform)
{
    private const string Moving = "欧阳明远";

    [Fact]
    public async Task County_A_issues_a_letter_to_county_B_whose_admin_accepts_it_and_the_member_appears_in_B()
    {
        using var a = await platform.NewCountyAsync("转出县");
        using var b = await platform.NewCountyAsync("转入县");
        var branchA = await JourneySetup.RegisterBranchAsync(a, "城关镇东街社区党支部");
        var branchB = await JourneySetup.RegisterBranchAsync(b, "河西村党支部");
        await JourneySetup.RegisterMemberAsync(a, Moving, 5, branchA);
        await JourneySetup.RegisterMemberAsync(b, "赵德明", 7, branchB); // B's Members service knows its branch too

        var pageA = await platform.SignInAsync(a.Code, TestCounty.AdminLogin, TestCounty.Password);
        await pageA.GotoAsync("transfers");
        await PortalScreens.WaitForPageAsync(pageA, "组织关系转接");
        await pageA.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = "开具介绍信" }).ClickAsync();
        var dialog = pageA.Locator(".mud-dialog");
        await JourneySetup.PickAsync(pageA, dialog, "党员所在党组织", "东街", "城关镇东街社区党支部");
        await JourneySetup.PickAsync(pageA, dialog, "党员", "欧阳", Moving);
        await dialog.GetByLabel("接收县（区）代码").FillAsync(b.Code);
        await dialog.GetByLabel("接收党组织名称").FillAsync("河西村党支部");
        await JourneySetup.SelectAsync(pageA, dialog, "转接原因", "居住地变更");
        await dialog.GetByLabel("介绍信编号").FillAsync("转字〔2026〕8号");
        await dialog.GetByRole(AriaRole.Button, new LocatorGetByRoleOptions { Name = "开具介绍信" }).ClickAsync();

        var outgoing = pageA.GetByTestId("outgoing").Locator("tr", new LocatorLocatorOptions { HasTextString = Moving });
        await Expect(outgoing).ToContainTextAsync("待对方接收");
        await Expect(outgoing).ToContainTextAsync(b.Code);
        await PortalScreens.ScreenshotAsync(pageA, "transfers");

        await Eventually.WaitAsync(
            async () => (await b.GetAsync("/api/members/transfers/incoming")).EnumerateArray().Any(t => t.GetProperty("name").GetString() == Moving),
            seen => seen, TimeSpan.FromSeconds(30), "county B receives the letter");
        var pageB = await platform.SignInAsync(b.Code, TestCounty.AdminLogin, TestCounty.Password);
        await pageB.GotoAsync("transfers");
        await PortalScreens.WaitForPageAsync(pageB, "组织关系转接");
        await pageB.GetByRole(AriaRole.Tab, new PageGetByRoleOptions { Name = "转入" }).ClickAsync();
        var incoming = pageB.GetByTestId("incoming").Locator("tr", new LocatorLocatorOptions { HasTextString = Moving });
        await Expect(incoming).ToContainTextAsync("待接收");
        await incoming.GetByRole(AriaRole.Button, new LocatorGetByRoleOptions { Name = "接收", Exact = true }).ClickAsync();
        var accept = pageB.Locator(".mud-dialog");
        await JourneySetup.PickAsync(pageB, accept, "接收党组织", "河西", "河西村党支部");
        await accept.GetByRole(AriaRole.Button, new LocatorGetByRoleOptions { Name = "接收", Exact = true }).ClickAsync();
        await Expect(incoming).ToContainTextAsync("已接收");

        var arrived = await Eventually.WaitAsync(
            () => b.GetAsync($"/api/members/search?organizationId={branchB}"),
            found => found.GetProperty("items").EnumerateArray().Any(m => m.GetProperty("name").GetString() == Moving),
            TimeSpan.FromSeconds(30), "the member's record arrives in county B");
        Assert.Contains(arrived.GetProperty("items").EnumerateArray(), m => m.GetProperty("organizationId").GetGuid() == branchB && m.GetProperty("name").GetString() == Moving);
        await pageB.ReloadAsync();
        await PortalScreens.WaitForPageAsync(pageB, "组织关系转接");
        await pageB.GetByRole(AriaRole.Tab, new PageGetByRoleOptions { Name = "转入" }).ClickAsync();
        await Expect(incoming).ToContainTextAsync("已转入");
        await PortalScreens.ScreenshotAsync(pageB, "transfers-incoming");
        await pageB.Context.CloseAsync();

        await pageA.ReloadAsync();
        await PortalScreens.WaitForPageAsync(pageA, "组织关系转接");
        await Expect(outgoing).ToContainTextAsync("已接收");
        await pageA.Context.CloseAsync();

        var phone = await platform.SignInAsync(a.Code, TestCounty.AdminLogin, TestCounty.Password, PortalScreens.Phone);
        await phone.GotoAsync("transfers");
        await PortalScreens.WaitForPageAsync(phone, "组织关系转接");
        await Expect(phone.GetByTestId("outgoing")).ToContainTextAsync(Moving);
        Assert.False(await PortalScreens.ScrollsSidewaysAsync(phone), "the transfers page scrolls sideways at 390 px");
        await PortalScreens.ScreenshotAsync(phone, "transfers");
        await phone.Context.CloseAsync();
        }

    [Fact]
    public async Task A_member_moves_within_the_county_at_once_and_a_letter_in_transit_can_be_withdrawn()
    {
        using var a = await platform.NewCountyAsync("县内转接县");
        using var b = await platform.NewCountyAsync("撤回转入县");
        var east = await JourneySetup.RegisterBranchAsync(a, "东街社区党支部");
        await JourneySetup.RegisterBranchAsync(a, "西街社区党支部");
        var moving = await JourneySetup.RegisterMemberAsync(a, "上官静怡", 10, east);
        await JourneySetup.RegisterMemberAsync(a, "端木晓岚", 12, east);

        var page = await platform.SignInAsync(a.Code, TestCounty.AdminLogin, TestCounty.Password, PortalScreens.Phone);
        await page.GotoAsync("transfers");
        await PortalScreens.WaitForPageAsync(page, "组织关系转接");
        await IssueAsync(page, "上官静怡", "本县其他党组织", async dialog =>
            await JourneySetup.PickAsync(page, dialog, "调入党组织", "西街", "西街社区党支部"), "办理转接");
        await Expect(page.Locator(".mud-snackbar")).ToContainTextAsync("上官静怡 的组织关系已转至 西街社区党支部");
        var member = await a.GetAsync($"/api/members/{moving}");
        Assert.NotEqual(east, member.GetProperty("organizationId").GetGuid());

        await IssueAsync(page, "端木晓岚", "党建云上的其他县（区）", dialog => dialog.GetByLabel("接收县（区）代码").FillAsync(b.Code), "开具介绍信");
        var letter = page.GetByTestId("outgoing").Locator("tr", new LocatorLocatorOptions { HasTextString = "端木晓岚" });
        await Expect(letter).ToContainTextAsync("待对方接收");
        await letter.GetByRole(AriaRole.Button, new LocatorGetByRoleOptions { Name = "撤回" }).ClickAsync();
        await page.Locator(".mud-dialog").GetByRole(AriaRole.Button, new LocatorGetByRoleOptions { Name = "确定" }).ClickAsync();
        await Expect(letter).ToContainTextAsync("已撤回");
        Assert.False(await PortalScreens.ScrollsSidewaysAsync(page), "the transfers page scrolls sideways at 390 px");
        await page.Context.CloseAsync();
    }

    private static async Task IssueAsync(IPage page, string member, string kind, Func<ILocator, Task> destination, string button)
    {
        await page.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = "开具介绍信" }).ClickAsync();
        var dialog = page.Locator(".mud-dialog");
        await JourneySetup.PickAsync(page, dialog, "党员所在党组织", "东街", "东街社区党支部");
        await JourneySetup.PickAsync(page, dialog, "党员", member[..2], member);
        await dialog.GetByText(kind).ClickAsync();
        await destination(dialog);
        await JourneySetup.SelectAsync(page, dialog, "转接原因", "工作调动");
        await dialog.GetByLabel("介绍信编号").FillAsync($"转字〔2026〕{member.Length}号");
        await dialog.GetByRole(AriaRole.Button, new LocatorGetByRoleOptions { Name = button }).ClickAsync();
        await Expect(dialog).ToHaveCountAsync(0);
    }
}
