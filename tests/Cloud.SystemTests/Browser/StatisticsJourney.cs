using Cloud.Spreadsheets;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Cloud.SystemTests.Browser;

/// <summary>党内统计: the county's figures and charts from Reporting (fed by the Members and Organizations events), and the workbook with the same figures.</summary>
[Collection(PortalJourneys.Name)]
public sealed class StatisticsJourney(PortalPlatform platform)
{
    [Fact]
    public async Task The_county_reads_its_statistics_in_charts_and_exports_a_workbook_with_the_same_figures()
    {
        using var county = await platform.NewCountyAsync("统计县");
        var branch = await JourneySetup.RegisterBranchAsync(county, "统计县东关村党支部");
        for (var i = 0; i < 3; i++)
        {
            await JourneySetup.RegisterMemberAsync(county, $"统计党员{i}", 900 + i, branch);
        }

        var page = await platform.SignInAsync(county.Code, TestCounty.AdminLogin, TestCounty.Password);
        await page.GetByRole(AriaRole.Link, new() { Name = "党内统计" }).ClickAsync();
        await PortalScreens.WaitForPageAsync(page, "党内统计");
        // Reporting counts from the events the registrations published: open the page again until they arrived.
        var total = page.GetByTestId("figure").Filter(new() { HasText = "党员总数" });
        for (var attempt = 0; !(await total.InnerTextAsync()).Contains("正式 3", StringComparison.Ordinal); attempt++)
        {
            Assert.True(attempt < 30, $"the statistics show the 3 members: {await total.InnerTextAsync()}");
            await Task.Delay(TimeSpan.FromSeconds(1));
            await page.ReloadAsync();
            await PortalScreens.WaitForPageAsync(page, "党内统计");
        }

        await Expect(page.GetByTestId("chart-age").Locator("svg").First).ToBeVisibleAsync();
        await Expect(page.GetByTestId("chart-org-types").Locator("svg").First).ToBeVisibleAsync();
        var table = page.GetByTestId("statistics-table");
        var pageRow = table.Locator("tr", new() { HasTextString = "党员总数" }).Filter(new() { HasText = "合计" });
        await Expect(pageRow).ToContainTextAsync("3");
        await Expect(table).ToContainTextAsync("党支部");
        await PortalScreens.ScreenshotAsync(page, "statistics");

        var download = await page.RunAndWaitForDownloadAsync(() => page.GetByTestId("export").ClickAsync());
        Assert.EndsWith(".xlsx", download.SuggestedFilename);
        var path = await download.PathAsync();
        await using var workbook = File.OpenRead(path!);
        var sheet = XlsxSheet.Read(workbook, 1000);
        var rows = sheet.Rows.Skip(1).Select(r => string.Join("|", r.Cells.Take(3))).ToList();
        var shown = await table.Locator("tbody tr").AllInnerTextsAsync();
        Assert.Equal(shown.Count, rows.Count);
        Assert.Contains("党员总数|合计|3", rows);
        Assert.Contains("基层党组织数|党支部|1", rows);
        Assert.Equal(
            shown.Select(text => string.Join("|", text.Split('\t').Take(3).Select(c => c.Replace(",", string.Empty, StringComparison.Ordinal).Trim()))),
            rows);
        await page.Context.CloseAsync();
    }
}
