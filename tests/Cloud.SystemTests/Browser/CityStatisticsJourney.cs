using Cloud.ServiceDefaults.Auth;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Cloud.SystemTests.Browser;

/// <summary>全市统计: the city's organization department reads every county of the city on Cloud side by side, with the sum.</summary>
[Collection(PortalJourneys.Name)]
public sealed class CityStatisticsJourney(PortalPlatform platform)
{
    [Fact]
    public async Task A_city_viewer_reads_the_counties_of_the_city_side_by_side_with_the_total()
    {
        using var county = await platform.NewCountyAsync("市统计县");
        var branch = await JourneySetup.RegisterBranchAsync(county, "市统计县城关社区党支部");
        await JourneySetup.RegisterMemberAsync(county, "市统计党员", 950, branch);
        await county.CreateUserAsync("cityviewer", "市委组织部统计员", [CloudRoles.CityViewer], city: county.Code[..4]);

        var page = await platform.SignInAsync(county.Code, "cityviewer", TestCounty.Password);
        await page.GetByRole(AriaRole.Link, new() { Name = "全市统计" }).ClickAsync();
        await PortalScreens.WaitForPageAsync(page, "全市统计");
        var row = page.GetByTestId("city-table").Locator("tbody tr").Filter(new() { HasText = "市统计县" });
        // Reporting learns of the county and its member from events: open the page again until they arrived.
        for (var attempt = 0; await row.CountAsync() == 0 || !(await row.InnerTextAsync()).Contains("1 / 0", StringComparison.Ordinal); attempt++)
        {
            Assert.True(attempt < 60, "the city's table shows the county and its member");
            await Task.Delay(TimeSpan.FromSeconds(1));
            await page.ReloadAsync();
            await PortalScreens.WaitForPageAsync(page, "全市统计");
        }

        await Expect(page.GetByTestId("city-table").Locator("tr.total")).ToContainTextAsync("合计");
        await Expect(page.GetByTestId("chart-city-members").Locator("svg").First).ToBeVisibleAsync();
        Assert.Equal(0, await page.GetByRole(AriaRole.Link, new() { Name = "党员", Exact = true }).CountAsync());
        await PortalScreens.ScreenshotAsync(page, "city-statistics");
        await page.Context.CloseAsync();
    }
}
