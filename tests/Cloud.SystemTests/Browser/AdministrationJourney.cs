using Cloud.Testing;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Cloud.SystemTests.Browser;

/// <summary>A county admin manages the county's users and reads the audit trail; the platform operator onboards a county and its first admin.</summary>
[Collection(PortalJourneys.Name)]
public sealed class AdministrationJourney(PortalPlatform platform)
{
    private const string Township = "中共用户测试县城关镇委员会";

    [Fact]
    public async Task A_county_admin_creates_a_scoped_branch_secretary_then_disables_and_enables_them_and_sees_it_in_the_audit_log()
    {
        using var county = await platform.NewCountyAsync("用户测试县");
        await county.PostAsync("/api/organizations", new { name = Township, type = "PrimaryCommittee" });
        var page = await platform.SignInAsync(county.Code, TestCounty.AdminLogin, TestCounty.Password);
        await page.GotoAsync("/users");
        await PortalScreens.WaitForPageAsync(page, "用户与权限");
        await Expect(Row(page, TestCounty.AdminLogin)).ToContainTextAsync("县委组织部管理员");

        await page.GetByRole(AriaRole.Button, new() { Name = "新建用户" }).ClickAsync();
        var dialog = page.Locator(".mud-dialog");
        await dialog.GetByLabel("用户名", new() { Exact = true }).FillAsync("坏 名字");
        await dialog.GetByLabel("姓名", new() { Exact = true }).FillAsync("东街村支部书记");
        await dialog.GetByLabel("初始密码").FillAsync(TestCounty.Password);
        await dialog.GetByText("支部书记", new() { Exact = true }).ClickAsync();
        await dialog.GetByLabel("管理的组织").FillAsync("城关镇");
        await page.Locator(".mud-popover-open").GetByText(Township).ClickAsync();
        await dialog.GetByRole(AriaRole.Button, new() { Name = "保存" }).ClickAsync();

        // Identity's Chinese message for the login, beside the login field (not in the alert at the top).
        var loginField = dialog.Locator(".mud-input-control").Filter(new() { Has = page.GetByLabel("用户名", new() { Exact = true }) });
        await Expect(loginField).ToContainTextAsync("用户名为2至");
        await Expect(dialog.Locator("[data-testid=problem]")).Not.ToContainTextAsync("用户名为2至");
        await PortalScreens.ScreenshotAsync(page, "users-create-error");

        await dialog.GetByLabel("用户名", new() { Exact = true }).FillAsync("dongjie");
        await dialog.GetByRole(AriaRole.Button, new() { Name = "保存" }).ClickAsync();
        await Expect(dialog).ToHaveCountAsync(0);
        var secretary = Row(page, "dongjie");
        await Expect(secretary).ToContainTextAsync("支部书记");
        await Expect(secretary).ToContainTextAsync(Township);
        await Expect(secretary.Locator("[data-testid=status]")).ToHaveTextAsync("正常");

        await secretary.GetByRole(AriaRole.Button, new() { Name = "停用" }).ClickAsync();
        await ConfirmAsync(page, "确认停用用户");
        await Expect(secretary.Locator("[data-testid=status]")).ToHaveTextAsync("已停用");
        await Expect(page.Locator("[data-testid=user-count]")).ToContainTextAsync("已停用 1 名");
        await PortalScreens.ScreenshotAsync(page, "users");

        await secretary.GetByRole(AriaRole.Button, new() { Name = "启用" }).ClickAsync();
        await ConfirmAsync(page, "确认启用用户");
        await Expect(secretary.Locator("[data-testid=status]")).ToHaveTextAsync("正常");
        await Expect(page.Locator("[data-testid=user-count]")).ToContainTextAsync("已停用 0 名");

        await page.GotoAsync("/audit");
        await PortalScreens.WaitForPageAsync(page, "审计日志");
        var audit = page.Locator("[data-testid=audit] tbody");
        await Expect(audit).ToContainTextAsync("创建用户");
        await Expect(audit).ToContainTextAsync("停用用户");
        await Expect(audit).ToContainTextAsync("启用用户");
        await Expect(audit).ToContainTextAsync("东街村支部书记（dongjie）");
        await PortalScreens.ScreenshotAsync(page, "audit");
        await page.Context.CloseAsync();

        // The secretary signs in after being enabled again.
        var secretaryPage = await platform.SignInAsync(county.Code, "dongjie", TestCounty.Password);
        await secretaryPage.Context.CloseAsync();
    }

    [Fact]
    public async Task On_a_phone_the_users_and_the_audit_log_are_cards_that_fit_the_screen()
    {
        using var county = await platform.NewCountyAsync("用户手机县");
        await county.CreateUserAsync("auditor", "纪检干部", ["Auditor"]);
        var page = await platform.SignInAsync(county.Code, TestCounty.AdminLogin, TestCounty.Password, PortalScreens.Phone);
        await page.GotoAsync("/users");
        await PortalScreens.WaitForPageAsync(page, "用户与权限");
        await Expect(Row(page, "auditor")).ToContainTextAsync("纪检审计");
        Assert.False(await PortalScreens.ScrollsSidewaysAsync(page));
        await PortalScreens.ScreenshotAsync(page, "users");

        await page.GotoAsync("/audit");
        await PortalScreens.WaitForPageAsync(page, "审计日志");
        await Expect(page.Locator("[data-testid=audit] tbody")).ToContainTextAsync("创建用户");
        Assert.False(await PortalScreens.ScrollsSidewaysAsync(page));
        await PortalScreens.ScreenshotAsync(page, "audit");
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task The_platform_operator_onboards_a_county_and_its_first_admin_who_can_then_sign_in()
    {
        var page = await platform.SignInAsync("000000", "platform", PortalPlatform.PlatformPassword);
        await page.GotoAsync("/counties");
        await PortalScreens.WaitForPageAsync(page, "区县管理");

        await page.GetByLabel("区县代码", new() { Exact = true }).FillAsync("12345");
        await page.GetByLabel("区县名称", new() { Exact = true }).FillAsync("门户开通县");
        await page.GetByRole(AriaRole.Button, new() { Name = "开通", Exact = true }).ClickAsync();
        var codeField = page.Locator(".mud-input-control").Filter(new() { Has = page.GetByLabel("区县代码", new() { Exact = true }) });
        await Expect(codeField).ToContainTextAsync("区县代码必须是6位行政区划代码");

        var code = Counties.New();
        await page.GetByLabel("区县代码", new() { Exact = true }).FillAsync(code);
        await page.GetByRole(AriaRole.Button, new() { Name = "开通", Exact = true }).ClickAsync();
        var dialog = page.Locator(".mud-dialog");
        await Expect(dialog).ToContainTextAsync(code);
        await dialog.GetByLabel("用户名", new() { Exact = true }).FillAsync("first");
        await dialog.GetByLabel("姓名", new() { Exact = true }).FillAsync("门户开通县组织部管理员");
        await dialog.GetByLabel("初始密码").FillAsync(TestCounty.Password);
        await dialog.GetByRole(AriaRole.Button, new() { Name = "创建管理员" }).ClickAsync();
        await Expect(dialog).ToHaveCountAsync(0);

        var county = page.Locator("[data-testid=counties] tbody tr").Filter(new() { HasText = code });
        await Expect(county).ToContainTextAsync("门户开通县");
        await county.GetByRole(AriaRole.Button, new() { Name = "停用" }).ClickAsync();
        await ConfirmAsync(page, "确认停用区县");
        await Expect(county).ToContainTextAsync("已停用");
        await county.GetByRole(AriaRole.Button, new() { Name = "启用" }).ClickAsync();
        await ConfirmAsync(page, "确认启用区县");
        await Expect(county).ToContainTextAsync("正常");
        await PortalScreens.ScreenshotAsync(page, "counties");
        await page.Context.CloseAsync();

        var admin = await platform.SignInAsync(code, "first", TestCounty.Password);
        await admin.GotoAsync("/users");
        await PortalScreens.WaitForPageAsync(admin, "用户与权限");
        await Expect(Row(admin, "first")).ToContainTextAsync("县委组织部管理员");
        await admin.Context.CloseAsync();

        var phone = await platform.SignInAsync("000000", "platform", PortalPlatform.PlatformPassword, PortalScreens.Phone);
        await phone.GotoAsync("/counties");
        await PortalScreens.WaitForPageAsync(phone, "区县管理");
        await Expect(phone.Locator("[data-testid=counties] tbody")).ToContainTextAsync(code);
        Assert.False(await PortalScreens.ScrollsSidewaysAsync(phone));
        await PortalScreens.ScreenshotAsync(phone, "counties");
        await phone.Context.CloseAsync();
    }

    private static ILocator Row(IPage page, string login) =>
        page.Locator("[data-testid=users] tbody tr").Filter(new() { HasText = login });

    private static async Task ConfirmAsync(IPage page, string title)
    {
        var box = page.Locator(".mud-dialog").Filter(new() { HasText = title });
        await box.GetByRole(AriaRole.Button, new() { Name = "确定" }).ClickAsync();
        await Expect(box).ToHaveCountAsync(0);
    }
}
