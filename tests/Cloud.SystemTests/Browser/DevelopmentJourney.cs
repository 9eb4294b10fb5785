using System.Globalization;
using Cloud.Testing;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Cloud.SystemTests.Browser;

/// <summary>The admission pipeline in the Portal: a rule's refusal beside the date it concerns, the board by stage, and the board on a phone.</summary>
[Collection(PortalJourneys.Name)]
public sealed class DevelopmentJourney(PortalPlatform platform)
{
    private const string Applicant = "王建国";

    [Fact]
    public async Task A_secretary_recording_a_step_too_early_sees_the_rule_beside_the_date_then_records_it_and_the_case_moves_on_the_board()
    {
        using var county = await platform.NewCountyAsync("发展党员县");
        var branch = await JourneySetup.RegisterBranchAsync(county, "东坡村党支部");
        var mentor = await JourneySetup.RegisterMemberAsync(county, "赵德明", 1, branch);
        await county.CreateUserAsync("secretary", "东坡村支部书记", ["BranchSecretary"], orgScope: branch);
        var activistOn = await OpenActivistCaseAsync(county, branch, mentor);

        var page = await platform.SignInAsync(county.Code, "secretary", TestCounty.Password);
        await page.GotoAsync("development");
        await PortalScreens.WaitForPageAsync(page, "发展党员");
        await Expect(page.GetByTestId("stage-Activist")).ToContainTextAsync(Applicant);
        await page.GetByTestId("stage-Activist").GetByRole(AriaRole.Link, new LocatorGetByRoleOptions { Name = Applicant }).ClickAsync();
        await PortalScreens.WaitForPageAsync(page, Applicant);

        var form = page.GetByTestId("step-form");
        await Expect(form.GetByTestId("step-select")).ToContainTextAsync("第7步");
        await form.GetByTestId("decidedOn").Locator("input").FillAsync(Iso(activistOn.AddMonths(7)));
        await form.GetByRole(AriaRole.Button, new LocatorGetByRoleOptions { Name = "记录", Exact = true }).ClickAsync();

        var dateField = form.GetByTestId("decidedOn");
        await Expect(dateField).ToContainTextAsync("积极分子培养期不满一年");
        await Expect(dateField).ToContainTextAsync("第十三条");
        await Expect(form.GetByTestId("problem")).ToHaveCountAsync(0); // shown beside the date, not repeated above the form
        await Expect(page.GetByTestId("case-stage")).ToHaveTextAsync("入党积极分子");
        await PortalScreens.ScreenshotAsync(page, "development-refusal");

        await dateField.Locator("input").FillAsync(Iso(activistOn.AddYears(1)));
        await form.GetByRole(AriaRole.Button, new LocatorGetByRoleOptions { Name = "记录", Exact = true }).ClickAsync();

        await Expect(page.GetByTestId("case-stage")).ToHaveTextAsync("发展对象");
        await Expect(page.GetByTestId("step-7")).ToHaveAttributeAsync("data-status", "done");
        await Expect(dateField).Not.ToContainTextAsync("积极分子培养期不满一年");
        await PortalScreens.ScreenshotAsync(page, "development-case");
        await page.GetByRole(AriaRole.Link, new PageGetByRoleOptions { Name = "发展党员", Exact = true }).First.ClickAsync();
        await PortalScreens.WaitForPageAsync(page, "发展党员");
        await Expect(page.GetByTestId("stage-Candidate")).ToContainTextAsync(Applicant);
        await Expect(page.GetByTestId("stage-Activist")).Not.ToContainTextAsync(Applicant);
        await PortalScreens.ScreenshotAsync(page, "development-board");
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task On_a_phone_the_board_shows_one_stage_at_a_time_and_nothing_scrolls_sideways()
    {
        using var county = await platform.NewCountyAsync("发展党员手机县");
        var branch = await JourneySetup.RegisterBranchAsync(county, "西坡村党支部");
        var mentor = await JourneySetup.RegisterMemberAsync(county, "赵德明", 3, branch);
        await OpenActivistCaseAsync(county, branch, mentor);
        await OpenAsync(county, branch, "李秀兰", 8_300_002, JourneySetup.Today.AddMonths(-2)); // talk overdue

        var page = await platform.SignInAsync(county.Code, TestCounty.AdminLogin, TestCounty.Password, PortalScreens.Phone);
        await page.GotoAsync("development");
        await PortalScreens.WaitForPageAsync(page, "发展党员");
        var selector = page.GetByTestId("stage-selector");
        await Expect(page.GetByTestId("stage-Applicant")).ToContainTextAsync("李秀兰");
        await Expect(page.GetByTestId("stage-Applicant").GetByTestId("overdue")).ToBeVisibleAsync();
        Assert.False(await PortalScreens.ScrollsSidewaysAsync(page), "the board scrolls sideways at 390 px");
        await PortalScreens.ScreenshotAsync(page, "development-board");

        await selector.GetByRole(AriaRole.Button, new LocatorGetByRoleOptions { Name = "入党积极分子" }).ClickAsync();
        await Expect(page.GetByTestId("stage-Activist")).ToContainTextAsync(Applicant);
        await Expect(page.GetByTestId("stage-Applicant")).ToHaveCountAsync(0);
        await page.GetByRole(AriaRole.Link, new PageGetByRoleOptions { Name = Applicant }).ClickAsync();
        await PortalScreens.WaitForPageAsync(page, Applicant);
        await Expect(page.GetByTestId("step-6")).ToHaveAttributeAsync("data-status", "done");
        Assert.False(await PortalScreens.ScrollsSidewaysAsync(page), "the case page scrolls sideways at 390 px");
        await PortalScreens.ScreenshotAsync(page, "development-case");
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task An_application_from_someone_under_18_is_refused_beside_its_date_and_a_valid_one_opens_a_case()
    {
        using var county = await platform.NewCountyAsync("入党申请县");
        var branch = await JourneySetup.RegisterBranchAsync(county, "南坡村党支部");
        await JourneySetup.RegisterMemberAsync(county, "赵德明", 9, branch); // the Members service knows the branch
        var i = 8_300_003;
        var born = MemberRoster.BirthDateOf(i);

        var page = await platform.SignInAsync(county.Code, TestCounty.AdminLogin, TestCounty.Password);
        await page.GotoAsync("development");
        await PortalScreens.WaitForPageAsync(page, "发展党员");
        await page.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = "登记入党申请" }).ClickAsync();
        var dialog = page.Locator(".mud-dialog");
        await dialog.GetByLabel("姓名").FillAsync("孙志强");
        await dialog.GetByLabel("公民身份号码").FillAsync(MemberRoster.NationalIdOf(i));
        await JourneySetup.SelectAsync(page, dialog, "性别", "男");
        await dialog.GetByTestId("birthDate").Locator("input").FillAsync(Iso(born));
        await JourneySetup.SelectAsync(page, dialog, "学历", "大学专科");
        await JourneySetup.SelectAsync(page, dialog, "人员类别", "工人");
        await JourneySetup.PickAsync(page, dialog, "申请入党的党组织", "南坡", "南坡村党支部");
        await dialog.GetByTestId("applicationOn").Locator("input").FillAsync(Iso(born.AddYears(18).AddDays(-1)));
        await dialog.GetByRole(AriaRole.Button, new LocatorGetByRoleOptions { Name = "登记", Exact = true }).ClickAsync();

        await Expect(dialog.GetByTestId("applicationOn")).ToContainTextAsync("申请人未满18周岁");
        await PortalScreens.ScreenshotAsync(page, "development-open-refused");
        await dialog.GetByTestId("applicationOn").Locator("input").FillAsync(Iso(JourneySetup.Today.AddDays(-3)));
        await dialog.GetByRole(AriaRole.Button, new LocatorGetByRoleOptions { Name = "登记", Exact = true }).ClickAsync();

        await PortalScreens.WaitForPageAsync(page, "孙志强");
        await Expect(page.GetByTestId("case-stage")).ToHaveTextAsync("入党申请人");
        await Expect(page.GetByTestId("step-1")).ToHaveAttributeAsync("data-status", "done");
        await Expect(page.GetByTestId("step-2")).ToHaveAttributeAsync("data-status", "due");

        await page.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = "本人撤回申请" }).ClickAsync();
        var exit = page.Locator(".mud-dialog").Last;
        await exit.GetByLabel("理由").FillAsync("本人书面申请撤回");
        await exit.GetByRole(AriaRole.Button, new LocatorGetByRoleOptions { Name = "本人撤回申请" }).ClickAsync();
        await page.Locator(".mud-dialog", new PageLocatorOptions { HasTextString = "确认本人撤回申请" }).GetByRole(AriaRole.Button, new LocatorGetByRoleOptions { Name = "确定" }).ClickAsync();
        await Expect(page.GetByTestId("case-stage")).ToHaveTextAsync("本人撤回申请");
        await Expect(page.GetByTestId("step-form")).ToHaveCountAsync(0);
        await page.Context.CloseAsync();
    }

    /// <summary>A case of an activist with a mentor and a half-year review behind them, the activist decision 14 months ago; returns that day.</summary>
    private static async Task<DateOnly> OpenActivistCaseAsync(TestCounty county, Guid branch, Guid mentor)
    {
        var applied = JourneySetup.Today.AddMonths(-16);
        var id = await OpenAsync(county, branch, Applicant, 8_300_001, applied);
        var activistOn = applied.AddMonths(2);
        await county.PostAsync($"/api/members/development/{id}/steps/ApplicantTalk", new { decidedOn = applied.AddDays(20) });
        await county.PostAsync($"/api/members/development/{id}/steps/ActivistDecision", new { decidedOn = activistOn, recommendationMethod = "MemberRecommendation" });
        await county.PostAsync($"/api/members/development/{id}/steps/ActivistFiling", new { decidedOn = activistOn.AddDays(5) });
        await county.PostAsync($"/api/members/development/{id}/steps/MentorAssignment", new { decidedOn = activistOn.AddDays(10), memberIds = new[] { mentor } });
        await county.PostAsync($"/api/members/development/{id}/steps/ActivistReview", new { decidedOn = applied.AddMonths(8) });
        return activistOn;
    }

    // The i-th made-up person of MemberRoster: i around 8,300,000 is born in 1995 (odd i a man, even a woman).
    private static async Task<Guid> OpenAsync(TestCounty county, Guid branch, string name, int i, DateOnly applied) =>
        (await county.PostAsync("/api/members/development", new
        {
            name, nationalId = MemberRoster.NationalIdOf(i), gender = i % 2 == 0 ? "Female" : "Male", ethnicity = "汉族", birthDate = MemberRoster.BirthDateOf(i),
            education = "College", occupation = "FarmerHerderFisher", organizationId = branch, applicationOn = applied, isLeagueMember = true,
        })).GetProperty("id").GetGuid();

    private static string Iso(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
