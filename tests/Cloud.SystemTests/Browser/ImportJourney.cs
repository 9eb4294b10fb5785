using System.Net.Http.Json;
using System.Text.Json;
using Cloud.Testing;
using Microsoft.Playwright;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace Cloud.SystemTests.Browser;

/// <summary>A county clerk imports a 2,000-member roster through the Portal's wizard: the preview names the bad rows, the fixed file imports.</summary>
[Collection(PortalJourneys.Name)]
public sealed class ImportJourney(PortalPlatform platform, ITestOutputHelper output)
{
    private const string Branch = "城关镇东街村党支部";
    private const int RosterSize = 2000;

    [Fact]
    public async Task A_roster_with_three_bad_rows_is_refused_row_by_row_and_the_fixed_roster_imports_with_a_progress_bar_to_100_percent()
    {
        using var county = await platform.NewCountyAsync("导入测试县");
        await RegisterBranchAsync(county);
        var roster = MemberRoster.Rows(RosterSize, Branch);
        var bad = roster.Select(row => (string?[])row.Clone()).ToList();
        bad[10][MemberRoster.Column("性别")] = "未知";
        bad[500][MemberRoster.Column("所在党组织")] = "不存在的党支部";
        bad[1500][MemberRoster.Column("学历")] = "博士后";

        var page = await platform.SignInAsync(county.Code, TestCounty.AdminLogin, TestCounty.Password);
        await page.GotoAsync("/imports");
        await PortalScreens.WaitForPageAsync(page, "导入/导出");
        var wizard = page.Locator("[data-testid=roster-wizard]");
        await Expect(wizard.GetByText("下载导入模板")).ToBeVisibleAsync();
        await PortalScreens.ScreenshotAsync(page, "imports-upload");

        await ChooseAsync(wizard, MemberRoster.Csv(bad), "花名册-有错.csv");
        await Expect(wizard.Locator("[data-testid=preview-summary]")).ToContainTextAsync("发现 3 处错误", new() { Timeout = 60_000 });
        var errors = await wizard.Locator("[data-testid=row-errors] tbody tr").AllInnerTextsAsync();
        Assert.Equal(3, errors.Count);
        Assert.Contains(errors, e => e.Contains("12", StringComparison.Ordinal) && e.Contains("性别", StringComparison.Ordinal) && e.Contains("未知", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.Contains("502", StringComparison.Ordinal) && e.Contains("所在党组织", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.Contains("1502", StringComparison.Ordinal) && e.Contains("学历", StringComparison.Ordinal) && e.Contains("博士后", StringComparison.Ordinal));
        await Expect(wizard.GetByRole(AriaRole.Button, new() { Name = "开始导入" })).ToHaveCountAsync(0);
        await PortalScreens.ScreenshotAsync(page, "imports-preview-errors");

        await wizard.GetByRole(AriaRole.Button, new() { Name = "重新选择文件" }).ClickAsync();
        await ChooseAsync(wizard, MemberRoster.Csv(roster), "花名册.csv");
        await Expect(wizard.Locator("[data-testid=preview-summary]")).ToContainTextAsync("检查通过，将导入 2,000 条", new() { Timeout = 60_000 });
        await PortalScreens.ScreenshotAsync(page, "imports-preview-valid");

        await wizard.GetByRole(AriaRole.Button, new() { Name = "开始导入" }).ClickAsync();
        var seen = await FollowProgressAsync(wizard);
        output.WriteLine($"progress seen: {string.Join(" → ", seen)}");
        Assert.True(seen[0] < 100, "the bar showed the import under way before it finished");
        Assert.Equal(100, seen[^1]);
        await Expect(wizard.Locator("[data-testid=import-result]")).ToContainTextAsync("导入完成");
        Assert.Contains("2,000", await wizard.Locator("[data-testid=count]").AllInnerTextsAsync());
        await Expect(wizard.GetByRole(AriaRole.Link, new() { Name = "到党员查询查看" })).ToHaveAttributeAsync("href", "members");
        await PortalScreens.ScreenshotAsync(page, "imports-result");

        var counts = await county.GetAsync("/api/members/search/counts");
        Assert.Equal(RosterSize, counts.GetProperty("total").GetInt32());
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task On_a_phone_the_import_wizard_fits_the_screen()
    {
        using var county = await platform.NewCountyAsync("导入手机县");
        var page = await platform.SignInAsync(county.Code, TestCounty.AdminLogin, TestCounty.Password, PortalScreens.Phone);
        await page.GotoAsync("/imports");
        await PortalScreens.WaitForPageAsync(page, "导入/导出");
        var wizard = page.Locator("[data-testid=roster-wizard]");
        await ChooseAsync(wizard, MemberRoster.Csv(MemberRoster.Rows(3, "没有这个党支部")), "花名册.csv");
        await Expect(wizard.Locator("[data-testid=preview-summary]")).ToContainTextAsync("发现 3 处错误", new() { Timeout = 60_000 });

        Assert.False(await PortalScreens.ScrollsSidewaysAsync(page));
        await PortalScreens.ScreenshotAsync(page, "imports-preview-errors");
        await page.GetByRole(AriaRole.Button, new() { Name = "重新选择文件" }).ClickAsync();
        Assert.False(await PortalScreens.ScrollsSidewaysAsync(page));
        await PortalScreens.ScreenshotAsync(page, "imports-upload");
        await page.Context.CloseAsync();
    }

    /// <summary>
    /// Chooses the file as a person would; the file input starts listening only once Blazor has set it up after the page's
    /// first render, so a file chosen in that moment is chosen again.
    /// </summary>
    private static async Task ChooseAsync(ILocator wizard, byte[] file, string name)
    {
        var started = wizard.Locator("[data-testid=preview-summary], [data-testid=checking], [data-testid=problem]");
        for (var attempt = 0; ; attempt++)
        {
            await wizard.Locator("input[type=file]").SetInputFilesAsync(new FilePayload { Name = name, MimeType = "text/csv", Buffer = file });
            try
            {
                await started.First.WaitForAsync(new() { Timeout = 5_000 });
                return;
            }
            catch (TimeoutException) when (attempt < 2)
            {
            }
        }
    }

    /// <summary>The percentages the bar shows until the result step replaces it with 100 %.</summary>
    private static async Task<List<int>> FollowProgressAsync(ILocator wizard)
    {
        var seen = new List<int>();
        var deadline = DateTime.UtcNow.AddMinutes(2);
        while (DateTime.UtcNow < deadline)
        {
            var percent = wizard.Locator("[data-testid=import-percent]");
            if (await percent.CountAsync() > 0 && int.TryParse((await percent.InnerTextAsync()).Split('%')[0], out var value) && (seen.Count == 0 || seen[^1] != value))
            {
                seen.Add(value);
            }

            if (await wizard.Locator("[data-testid=import-result]").CountAsync() > 0)
            {
                break;
            }

            await Task.Delay(50);
        }

        return seen;
    }

    /// <summary>A branch under a township, and the wait until the Members service's copy of the tree has it (a roster names it).</summary>
    private static async Task RegisterBranchAsync(TestCounty county)
    {
        var township = await county.PostAsync("/api/organizations", new { name = "中共导入测试县城关镇委员会", type = "PrimaryCommittee" });
        await county.PostAsync("/api/organizations", new { name = Branch, type = "Branch", parentId = township.GetProperty("id").GetGuid() });
        await Eventually.WaitAsync(async () =>
            {
                using var upload = MemberRoster.Upload(MemberRoster.Csv(MemberRoster.Rows(1, Branch)), "试探.csv");
                var preview = await county.Api.PostAsync("/api/members/imports/preview", upload);
                return preview.IsSuccessStatusCode && (await preview.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("valid").GetBoolean();
            },
            known => known, TimeSpan.FromSeconds(30), "the Members service knows the branch");
    }
}
