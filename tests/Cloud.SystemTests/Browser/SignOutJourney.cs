namespace Cloud.SystemTests.Browser;

/// <summary>退出 signs the user out of the Portal and of Identity: the next visit asks for the password again.</summary>
[Collection(PortalJourneys.Name)]
public sealed class SignOutJourney(PortalPlatform platform)
{
    [Fact]
    public async Task Signing_out_ends_both_sessions_and_the_next_visit_asks_for_the_password()
    {
        using var county = await platform.NewCountyAsync("退出登录县");
        var page = await platform.SignInAsync(county.Code, TestCounty.AdminLogin, TestCounty.Password);

        await page.GetByRole(Microsoft.Playwright.AriaRole.Button, new() { Name = "退出" }).ClickAsync();
        await page.Locator("input[name=password]").WaitForAsync();
        await page.GotoAsync("/");

        Assert.Contains("/account/login", page.Url, StringComparison.Ordinal);
        await page.Locator("input[name=password]").WaitForAsync();
        await page.Context.CloseAsync();
    }
}
