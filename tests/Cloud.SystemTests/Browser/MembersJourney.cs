using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Cloud.Testing;
using Microsoft.Playwright;

namespace Cloud.SystemTests.Browser;

/// <summary>党员 in the Portal: search with facets (also on a phone), a member's page within the reader's scope, editing, and 谁查看了我的档案.</summary>
[Collection(PortalJourneys.Name)]
public sealed class MembersJourney(PortalPlatform platform)
{
    [Fact]
    public async Task A_member_sees_who_viewed_their_record_including_the_county_admin_who_opened_it_earlier()
    {
        using var county = await platform.NewCountyAsync("查档县");
        var branch = await RegisterBranchAsync(county, "中共查档县城关村支部委员会");
        var memberId = await RegisterMemberAsync(county, branch, 0, "王秀英");
        await county.CreateUserAsync("wangxiuying", "王秀英", ["Member"], memberId: memberId);

        var admin = await platform.SignInAsync(county.Code, TestCounty.AdminLogin, TestCounty.Password);
        await admin.GotoAsync("members");
        await PortalScreens.WaitForPageAsync(admin, "党员");
        await Assertions.Expect(admin.GetByTestId("member-total")).ToContainTextAsync("共 1 名");
        await PortalScreens.ScreenshotAsync(admin, "members-search");
        await admin.GetByRole(AriaRole.Link, new() { Name = "王秀英" }).ClickAsync();
        await PortalScreens.WaitForPageAsync(admin, "王秀英");
        await Assertions.Expect(admin.GetByTestId("access-logged")).ToContainTextAsync("已记入党员档案访问日志");
        await Assertions.Expect(admin.GetByTestId("member-national-id")).ToHaveTextAsync(MemberRoster.NationalIdOf(0)); // the county department sees it whole
        await PortalScreens.ScreenshotAsync(admin, "member");
        await admin.GotoAsync("members/access-log");
        await PortalScreens.WaitForPageAsync(admin, "档案访问日志");
        await Assertions.Expect(admin.GetByTestId("access-log")).ToContainTextAsync("查档县组织部管理员");
        await PortalScreens.ScreenshotAsync(admin, "members-access-log");
        await admin.Context.CloseAsync();

        foreach (var width in new[] { PortalScreens.Desktop, PortalScreens.Phone })
        {
            var member = await platform.SignInAsync(county.Code, "wangxiuying", TestCounty.Password, width);
            await member.GotoAsync("me");
            await PortalScreens.WaitForPageAsync(member, "我的档案");
            await Assertions.Expect(member.GetByTestId("member-national-id")).ToHaveTextAsync(MemberRoster.NationalIdOf(0)); // their own, whole
            var viewer = width == PortalScreens.Desktop ? member.GetByTestId("access-log") : member.GetByTestId("access-card").First;
            await Assertions.Expect(viewer).ToContainTextAsync("查档县组织部管理员");
            await Assertions.Expect(viewer).ToContainTextAsync("县委组织部管理员");
            await Assertions.Expect(viewer).ToContainTextAsync("完整身份证号");
            // Two reads by the county admin: the record shown back on registering it (through the API), and the Portal page; none of the member's own.
            var rows = width == PortalScreens.Desktop ? member.GetByTestId("access-log").Locator("tbody tr") : member.GetByTestId("access-card");
            await Assertions.Expect(rows).ToHaveCountAsync(2);
            Assert.False(await PortalScreens.ScrollsSidewaysAsync(member));
            await PortalScreens.ScreenshotAsync(member, "me");
            await member.Context.CloseAsync();
        }
    }

    [Fact]
    public async Task On_a_phone_the_member_search_filters_by_a_facet_and_shows_cards_without_sideways_scrolling()
    {
        using var county = await platform.NewCountyAsync("掌上县");
        var branch = await RegisterBranchAsync(county, "中共掌上县河湾村支部委员会");
        await RegisterMemberAsync(county, branch, 0, "李桂兰");
        await RegisterMemberAsync(county, branch, 2, "赵春梅");
        await RegisterMemberAsync(county, branch, 1, "陈建国");

        var page = await platform.SignInAsync(county.Code, TestCounty.AdminLogin, TestCounty.Password, PortalScreens.Phone);
        await page.GotoAsync("members");
        await PortalScreens.WaitForPageAsync(page, "党员");
        await Assertions.Expect(page.GetByTestId("member-total")).ToContainTextAsync("共 3 名");
        await Assertions.Expect(page.GetByTestId("member-card")).ToHaveCountAsync(3);

        await page.GetByText("筛选", new() { Exact = true }).ClickAsync();
        await page.Locator("div.mud-select:visible", new() { HasTextString = "性别" }).First.ClickAsync();
        await page.Locator(".mud-popover-open .mud-list-item", new() { HasTextString = "女（2）" }).ClickAsync();

        await Assertions.Expect(page.GetByTestId("member-total")).ToContainTextAsync("共 2 名");
        await Assertions.Expect(page.GetByTestId("member-card")).ToHaveCountAsync(2);
        await Assertions.Expect(page.GetByTestId("member-card").Filter(new() { HasTextString = "陈建国" })).ToHaveCountAsync(0);
        await Assertions.Expect(page.GetByText("筛选（已选 1 项）")).ToBeVisibleAsync();
        Assert.False(await PortalScreens.ScrollsSidewaysAsync(page));
        await page.EvaluateAsync("() => window.scrollTo(0, 0)"); // the full-page shot otherwise draws the fixed app bar over the middle
        await PortalScreens.ScreenshotAsync(page, "members-search");

        await page.GetByTestId("member-card").Filter(new() { HasTextString = "李桂兰" }).GetByRole(AriaRole.Link).ClickAsync();
        await PortalScreens.WaitForPageAsync(page, "李桂兰");
        Assert.False(await PortalScreens.ScrollsSidewaysAsync(page));
        await PortalScreens.ScreenshotAsync(page, "member");
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task A_clerk_types_the_beginning_of_a_name_and_the_list_and_counts_narrow_to_it()
    {
        using var county = await platform.NewCountyAsync("查名县");
        var branch = await RegisterBranchAsync(county, "中共查名县柳林村支部委员会");
        await RegisterMemberAsync(county, branch, 0, "李桂兰");
        await RegisterMemberAsync(county, branch, 1, "李建华");
        await RegisterMemberAsync(county, branch, 2, "赵春梅");

        var page = await platform.SignInAsync(county.Code, TestCounty.AdminLogin, TestCounty.Password);
        await page.GotoAsync("members");
        await PortalScreens.WaitForPageAsync(page, "党员");
        await Assertions.Expect(page.GetByTestId("member-total")).ToContainTextAsync("共 3 名");

        await page.GetByLabel("姓名", new() { Exact = true }).FillAsync("李");
        await Assertions.Expect(page.GetByTestId("member-total")).ToContainTextAsync("共 2 名");
        await page.GetByLabel("姓名", new() { Exact = true }).FillAsync("李桂");
        await Assertions.Expect(page.GetByTestId("member-total")).ToContainTextAsync("共 1 名");
        await Assertions.Expect(page.GetByRole(AriaRole.Link, new() { Name = "李桂兰" })).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Link, new() { Name = "李建华" })).ToHaveCountAsync(0);
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task A_scoped_OrgAdmin_cannot_open_a_member_outside_its_subtree_by_url()
    {
        using var county = await platform.NewCountyAsync("分管县");
        var east = (await county.PostAsync("/api/organizations", new { name = "中共分管县东镇委员会", type = "PrimaryCommittee" })).GetProperty("id").GetGuid();
        var west = (await county.PostAsync("/api/organizations", new { name = "中共分管县西镇委员会", type = "PrimaryCommittee" })).GetProperty("id").GetGuid();
        var westBranch = (await county.PostAsync("/api/organizations", new { name = "中共分管县西镇西村支部委员会", type = "Branch", parentId = west })).GetProperty("id").GetGuid();
        var outside = await RegisterMemberAsync(county, westBranch, 0, "孙玉珍");
        await county.CreateUserAsync("east", "东镇组织委员", ["OrgAdmin"], orgScope: east);

        var page = await platform.SignInAsync(county.Code, "east", TestCounty.Password);
        await page.GotoAsync($"members/{outside}");
        await PortalScreens.WaitForPageAsync(page, "党员档案");
        await Assertions.Expect(page.GetByTestId("refusal")).ToContainTextAsync("不在您的管理范围内");
        Assert.DoesNotContain("孙玉珍", await page.Locator("body").InnerTextAsync());
        await page.GotoAsync($"members/{outside}/edit");
        await PortalScreens.WaitForPageAsync(page, "编辑党员档案");
        await Assertions.Expect(page.GetByTestId("refusal")).ToContainTextAsync("不在您的管理范围内");
        Assert.DoesNotContain("孙玉珍", await page.Locator("body").InnerTextAsync());
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Editing_a_member_with_an_invalid_value_shows_the_Chinese_error_beside_that_field()
    {
        using var county = await platform.NewCountyAsync("改档县");
        var branch = await RegisterBranchAsync(county, "中共改档县南村支部委员会");
        var id = await RegisterMemberAsync(county, branch, 0, "周淑珍");

        var page = await platform.SignInAsync(county.Code, TestCounty.AdminLogin, TestCounty.Password);
        await page.GotoAsync($"members/{id}");
        await PortalScreens.WaitForPageAsync(page, "周淑珍");
        await page.GetByRole(AriaRole.Link, new() { Name = "编辑" }).ClickAsync();
        await PortalScreens.WaitForPageAsync(page, "编辑党员档案");
        await page.Locator("#phone").FillAsync(new string('1', 31));
        await page.Locator("#phone").PressAsync("Tab");
        await page.GetByRole(AriaRole.Button, new() { Name = "保存" }).ClickAsync();

        var phone = page.Locator(".mud-input-control", new() { Has = page.Locator("#phone") });
        await Assertions.Expect(phone).ToContainTextAsync("联系电话不能超过30个字符");
        await Assertions.Expect(page.Locator(".mud-input-control", new() { Has = page.Locator("#name") })).Not.ToContainTextAsync("不能");
        await PortalScreens.ScreenshotAsync(page, "member-edit");

        await page.Locator("#phone").FillAsync("13800000000");
        await page.Locator("#phone").PressAsync("Tab");
        await page.GetByRole(AriaRole.Button, new() { Name = "保存" }).ClickAsync();
        await PortalScreens.WaitForPageAsync(page, "周淑珍");
        await Assertions.Expect(page.GetByTestId("member-phone")).ToHaveTextAsync("13800000000");
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task A_secretary_records_a_lost_contact_and_sees_the_date_error_beside_the_field_then_the_review_due()
    {
        using var county = await platform.NewCountyAsync("失联县");
        var branch = await RegisterBranchAsync(county, "中共失联县北村支部委员会");
        var id = await RegisterMemberAsync(county, branch, 1, "刘德明");
        await county.CreateUserAsync("secretary", "北村支部书记", ["BranchSecretary"], orgScope: branch);

        var page = await platform.SignInAsync(county.Code, "secretary", TestCounty.Password);
        await page.GotoAsync($"members/{id}");
        await PortalScreens.WaitForPageAsync(page, "刘德明");
        await Assertions.Expect(page.GetByTestId("member-national-id")).ToContainTextAsync("已遮挡"); // a secretary never sees the whole ID
        await page.GetByRole(AriaRole.Tab, new() { Name = "特殊状态" }).ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "登记失联" }).ClickAsync();
        var dialog = page.Locator(".mud-dialog");
        await dialog.GetByRole(AriaRole.Button, new() { Name = "提交" }).ClickAsync();
        await Assertions.Expect(dialog.Locator(".mud-input-control")).ToContainTextAsync("失联日期不能为空");

        var since = DateOnly.FromDateTime(DateTime.UtcNow.AddHours(8)).AddMonths(-7);
        await dialog.Locator("input").First.FillAsync(since.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        await dialog.Locator("input").First.PressAsync("Tab");
        await dialog.GetByRole(AriaRole.Button, new() { Name = "提交" }).ClickAsync();
        await Assertions.Expect(dialog).ToHaveCountAsync(0);
        await Assertions.Expect(page.GetByText($"失联日期：{since.Year}年{since.Month}月{since.Day}日")).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByText("失联满6个月，待决定是否停止党籍")).ToBeVisibleAsync();
        await PortalScreens.ScreenshotAsync(page, "member-side-states");
        await page.Context.CloseAsync();
    }

    private static async Task<Guid> RegisterBranchAsync(TestCounty county, string name) =>
        (await county.PostAsync("/api/organizations", new { name, type = "Branch" })).GetProperty("id").GetGuid();

    /// <summary>Registers the i-th made-up person (women on even i) once the Members service knows the branch (it learns the tree from events).</summary>
    private static async Task<Guid> RegisterMemberAsync(TestCounty county, Guid branch, int i, string name)
    {
        var request = new
        {
            name, nationalId = MemberRoster.NationalIdOf(i), gender = i % 2 == 0 ? "Female" : "Male", ethnicity = "汉族", birthDate = MemberRoster.BirthDateOf(i),
            education = "Undergraduate", occupation = "FarmerHerderFisher", employmentStatus = "Active", status = "Full",
            admissionApprovedOn = new DateOnly(1990, 7, 1), probationStartOn = new DateOnly(1990, 7, 1), confirmedOn = new DateOnly(1991, 7, 1),
            organizationId = branch,
        };
        var created = await Eventually.WaitAsync(
            () => county.Api.PostAsJsonAsync("/api/members", request), r => r.StatusCode != HttpStatusCode.BadRequest,
            TimeSpan.FromSeconds(30), "the Members service knows the branch");
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        return (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
    }
}
