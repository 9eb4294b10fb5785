using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Cloud.Members.Api.Development;
using Cloud.Members.Domain.Development;
using Cloud.Members.Domain.Members;
using Cloud.ServiceDefaults.Auth;
using Cloud.Testing;

namespace Cloud.Members.Tests.Development;

/// <summary>The development API: refusals naming the rule, rule sets by date, lists and counts, who may do what, county settings.</summary>
public sealed class DevelopmentApiTests(MembersHost members) : IClassFixture<MembersHost>, IAsyncLifetime
{
    private static readonly DateOnly Today = Cloud.Contracts.CountyCalendar.Today(TimeProvider.System);
    private readonly DevelopmentCounty _county = new(members);

    public Task InitializeAsync() => _county.InitializeAsync();

    public Task DisposeAsync() => _county.DisposeAsync();

    [Fact]
    public async Task Refusals_are_problems_that_name_the_rule_in_Chinese()
    {
        var born = Today.AddYears(-18).AddDays(1);
        var tooYoung = await _county.Admin.PostAsJsonAsync("/api/members/development",
            DevelopmentCounty.Application(Today, _county.Branch.Id, TestNationalIds.For(born, Gender.Male), born));
        Guid[] members = [await _county.RegisterMemberAsync(), await _county.RegisterMemberAsync(MembershipStatus.Probationary)];
        var applied = new DateOnly(2023, 1, 5);
        var caseId = (await _county.OpenAsync(applied)).GetProperty("id").GetGuid();
        await _county.WalkAsync(caseId, applied, DevelopmentStep.ActivistReview, members);
        var early = await DevelopmentCounty.RecordAsync(_county.Admin, caseId, DevelopmentStep.CandidateDecision, new StepRecord(new DateOnly(2024, 3, 4)));
        var skipped = await DevelopmentCounty.RecordAsync(_county.Admin, caseId, DevelopmentStep.CandidateFiling, DevelopmentTimeline.RecordFor(applied, DevelopmentStep.CandidateFiling, members));
        await _county.WalkAsync(caseId, applied, DevelopmentStep.CandidateFiling, members, [.. DevelopmentSteps.All.Where(s => s <= DevelopmentStep.ActivistReview)]);
        var probationarySponsor = await DevelopmentCounty.RecordAsync(_county.Admin, caseId, DevelopmentStep.SponsorAssignment, DevelopmentTimeline.RecordFor(applied, DevelopmentStep.SponsorAssignment, members));
        var future = await DevelopmentCounty.RecordAsync(_county.Admin, caseId, DevelopmentStep.PoliticalReview, new StepRecord(Today.AddDays(1), PoliticalReviewResult: PoliticalReviewResult.Passed));

        await AssertRefusedAsync(tooYoung, "M1", "申请人未满18周岁");
        await AssertRefusedAsync(early, "M7", "积极分子培养期不满一年");
        await AssertRefusedAsync(skipped, "M21", "发展程序不能跳步：须先完成第7步“确定发展对象”");
        await AssertRefusedAsync(probationarySponsor, "M8", "入党介绍人须为两名正式党员");
        (await future.AssertProblemAsync(HttpStatusCode.BadRequest)).AssertFieldError("decidedOn");
    }

    [Fact]
    public async Task A_refusal_about_a_date_names_the_date_field_beside_the_rule()
    {
        Guid[] members = [await _county.RegisterMemberAsync(), await _county.RegisterMemberAsync()];
        var applied = new DateOnly(2023, 1, 5);
        var caseId = (await _county.OpenAsync(applied)).GetProperty("id").GetGuid();
        await _county.WalkAsync(caseId, applied, DevelopmentStep.ActivistReview, members);
        var born = Today.AddYears(-18).AddDays(1);

        var early = await DevelopmentCounty.RecordAsync(_county.Admin, caseId, DevelopmentStep.CandidateDecision, new StepRecord(new DateOnly(2024, 3, 4)));
        var beforeActivist = await DevelopmentCounty.RecordAsync(_county.Admin, caseId, DevelopmentStep.ActivistReview, new StepRecord(applied.AddMonths(1)));
        var tooYoung = await _county.Admin.PostAsJsonAsync("/api/members/development",
            DevelopmentCounty.Application(Today, _county.Branch.Id, TestNationalIds.For(born, Gender.Male), born));
        var notAboutADate = await DevelopmentCounty.RecordAsync(_county.Admin, caseId, DevelopmentStep.SponsorAssignment, new StepRecord(Today, MemberIds: [members[0]]));

        await AssertRefusedBesideAsync(early, "M7", "积极分子培养期不满一年", "decidedOn");
        await AssertRefusedBesideAsync(beforeActivist, "M21", null, "decidedOn");
        await AssertRefusedBesideAsync(tooYoung, "M1", "申请人未满18周岁", "applicationOn");
        var other = await notAboutADate.AssertProblemAsync(HttpStatusCode.UnprocessableEntity);
        Assert.False(other.TryGetProperty("errors", out _), $"a refusal not about a date names no field: {other}");
    }

    [Fact]
    public async Task A_2013_case_and_a_2024_case_follow_their_own_rule_sets()
    {
        Guid[] sponsors = [await _county.RegisterMemberAsync(), await _county.RegisterMemberAsync()];
        var (applied2013, applied2024) = (new DateOnly(2013, 4, 1), new DateOnly(2024, 4, 1));
        var old = (await _county.OpenAsync(applied2013)).GetProperty("id").GetGuid();
        var recent = (await _county.OpenAsync(applied2024)).GetProperty("id").GetGuid();
        DevelopmentStep[] skipping = [DevelopmentStep.ActivistFiling, DevelopmentStep.CandidateFiling, DevelopmentStep.CandidateTraining];

        await _county.WalkAsync(old, applied2013, DevelopmentStep.CommitteeApproval, sponsors, skipping);
        await _county.WalkAsync(recent, applied2024, DevelopmentStep.ActivistDecision, sponsors);
        var recentWithoutFiling = await DevelopmentCounty.RecordAsync(_county.Admin, recent, DevelopmentStep.MentorAssignment, DevelopmentTimeline.RecordFor(applied2024, DevelopmentStep.MentorAssignment, sponsors));
        await _county.WalkAsync(recent, applied2024, DevelopmentStep.PoliticalReview, sponsors, DevelopmentStep.ApplicantTalk, DevelopmentStep.ActivistDecision);
        var recentWithoutTraining = await DevelopmentCounty.RecordAsync(_county.Admin, recent, DevelopmentStep.BranchCommitteeReview, DevelopmentTimeline.RecordFor(applied2024, DevelopmentStep.BranchCommitteeReview, sponsors));
        var oldCase = await _county.GetAsync(old);

        Assert.Equal(("1990", "Probationary"), (oldCase.GetProperty("ruleSetCode").GetString(), oldCase.GetProperty("stage").GetString()));
        Assert.True(DevelopmentCounty.Step(oldCase, DevelopmentStep.CandidateTraining).GetProperty("optional").GetBoolean());
        await AssertRefusedAsync(recentWithoutFiling, "M21", "发展程序不能跳步：须先完成第4步“入党积极分子报上级党委备案”");
        await AssertRefusedAsync(recentWithoutTraining, "M10", "未完成发展对象短期集中培训（不少于3天或24学时）");
    }

    [Fact]
    public async Task Confirmation_through_the_case_is_the_same_decision_as_on_the_record_and_reaches_reporting()
    {
        Guid[] sponsors = [await _county.RegisterMemberAsync(), await _county.RegisterMemberAsync()];
        var applied = new DateOnly(2013, 4, 1);
        var caseId = (await _county.OpenAsync(applied)).GetProperty("id").GetGuid();
        DevelopmentStep[] skipping = [DevelopmentStep.ActivistFiling, DevelopmentStep.CandidateFiling, DevelopmentStep.CandidateTraining];
        await using var events = await TestBus<Contracts.Members.MemberStatusChanged>.StartAsync(TestEnvironment.AmqpUrl);

        await _county.WalkAsync(caseId, applied, DevelopmentStep.ConfirmationApproval, sponsors, skipping);
        var memberId = (await _county.GetAsync(caseId)).GetProperty("memberId").GetGuid();
        var published = await Eventually.WaitAsync(
            () => Task.FromResult(events.Received.Where(e => e.Message.MemberId == memberId).ToList()), r => r.Count > 0, TimeSpan.FromSeconds(15), "the confirmation is published");
        var sideStates = await _county.Admin.GetFromJsonAsync<JsonElement>($"/api/members/{memberId}/side-states");
        var record = await _county.Admin.GetFromJsonAsync<JsonElement>($"/api/members/{memberId}");

        var message = Assert.Single(published).Message;
        Assert.Equal(("Probationary", "Full", "Full"), (message.OldStatus, message.NewStatus, message.Facts.MembershipStatus));
        Assert.Equal(DevelopmentTimeline.DateFor(applied, DevelopmentStep.ConfirmationApproval), message.DecidedOn);
        var decision = Assert.Single(sideStates.GetProperty("decisions").EnumerateArray());
        Assert.Equal("Confirmation", decision.GetProperty("kind").GetString());
        Assert.Equal("Full", record.GetProperty("status").GetString());
    }

    [Fact]
    public async Task Overdue_cases_are_listed_by_their_next_due_date_and_the_pool_is_counted_by_stage()
    {
        var overdue = (await _county.OpenAsync(Today.AddMonths(-1).AddDays(-1))).GetProperty("id").GetGuid(); // talk due yesterday
        var dueToday = (await _county.OpenAsync(Today.AddMonths(-1))).GetProperty("id").GetGuid();
        var elsewhere = (await _county.OpenAsync(Today.AddDays(-3), _county.OtherBranch.Id)).GetProperty("id").GetGuid();

        var late = await _county.Admin.GetFromJsonAsync<JsonElement[]>("/api/members/development?overdue=true");
        var onTime = await _county.Admin.GetFromJsonAsync<JsonElement[]>("/api/members/development?overdue=false");
        var inBranch = await _county.Admin.GetFromJsonAsync<JsonElement[]>($"/api/members/development?organizationId={_county.Branch.Id}&stage=Applicant");
        var inTownship = await _county.Admin.GetFromJsonAsync<JsonElement[]>($"/api/members/development?organizationId={_county.Township.Id}");
        var detail = await _county.GetAsync(overdue);
        var counts = await _county.Admin.GetFromJsonAsync<JsonElement>("/api/members/development/counts");
        var before = await _county.Admin.GetFromJsonAsync<JsonElement>($"/api/members/development/counts?on={Today.AddMonths(-1).AddDays(-1):yyyy-MM-dd}");

        Assert.Equal([overdue], late!.Select(c => c.GetProperty("id").GetGuid()));
        Assert.Equal([dueToday, elsewhere], onTime!.Select(c => c.GetProperty("id").GetGuid()));
        Assert.Equal([overdue, dueToday], inBranch!.Select(c => c.GetProperty("id").GetGuid()));
        Assert.Equal(3, inTownship!.Length);
        Assert.True(detail.GetProperty("overdue").GetBoolean());
        Assert.True(DevelopmentCounty.Step(detail, DevelopmentStep.ApplicantTalk).GetProperty("overdue").GetBoolean());
        Assert.Equal("M3", DevelopmentCounty.Step(detail, DevelopmentStep.ApplicantTalk).GetProperty("deadlineRule").GetString());
        Assert.Equal((3, 0), (counts.GetProperty("stages").GetProperty("Applicant").GetInt32(), counts.GetProperty("stages").GetProperty("Activist").GetInt32()));
        Assert.Equal(1, before.GetProperty("stages").GetProperty("Applicant").GetInt32());
    }

    [Fact]
    public async Task The_list_pages_by_application_date_after_the_last_case_seen()
    {
        var opened = new List<Guid>();
        foreach (var daysAgo in new[] { 30, 20, 20, 10, 5 })
        {
            opened.Add((await _county.OpenAsync(Today.AddDays(-daysAgo))).GetProperty("id").GetGuid());
        }

        var pages = new List<JsonElement[]>();
        string? after = null;
        do
        {
            pages.Add(await _county.Admin.GetFromJsonAsync<JsonElement[]>($"/api/members/development?limit=2{(after is null ? "" : $"&after={after}")}") ?? []);
            after = pages[^1].LastOrDefault().ValueKind == JsonValueKind.Object ? pages[^1][^1].GetProperty("id").GetString() : null;
        }
        while (after is not null && pages.Count < 5);
        var listed = pages.SelectMany(p => p).ToList();
        var unknown = await _county.Admin.GetFromJsonAsync<JsonElement[]>($"/api/members/development?after={Guid.NewGuid()}");

        Assert.Equal([2, 2, 1, 0], pages.Select(p => p.Length));
        Assert.Equal(opened.Order(), listed.Select(c => c.GetProperty("id").GetGuid()).Order());
        var applied = listed.Select(c => c.GetProperty("applicationOn").GetString()!).ToList();
        Assert.Equal(applied.Order(StringComparer.Ordinal), applied);
        Assert.Empty(unknown ?? []);
    }

    [Fact]
    public async Task Secretaries_manage_their_own_branch_auditors_read_and_members_and_ops_see_nothing()
    {
        var caseId = (await _county.OpenAsync(Today.AddDays(-5))).GetProperty("id").GetGuid();
        var own = _county.ClientFor(TestTokens.Scoped(_county.County, _county.Branch.Id, CloudRoles.BranchSecretary));
        var other = _county.ClientFor(TestTokens.Scoped(_county.County, _county.OtherBranch.Id, CloudRoles.BranchSecretary));
        var auditor = _county.ClientFor(TestTokens.For(_county.County, CloudRoles.Auditor));
        var talk = new StepRecord(Today.AddDays(-2), "东坡村党支部");

        var byOwn = await DevelopmentCounty.RecordAsync(own, caseId, DevelopmentStep.ApplicantTalk, talk);
        var byOther = await DevelopmentCounty.RecordAsync(other, caseId, DevelopmentStep.ActivistDecision, talk with { RecommendationMethod = RecommendationMethod.LeagueRecommendation });
        var otherReads = await other.GetAsync($"/api/members/development/{caseId}");
        var otherOpens = await other.PostAsJsonAsync("/api/members/development", DevelopmentCounty.Application(Today, _county.Branch.Id, TestNationalIds.For(new DateOnly(1990, 1, 1), Gender.Male), new DateOnly(1990, 1, 1)));
        var auditorReads = await auditor.GetFromJsonAsync<JsonElement>($"/api/members/development/{caseId}");
        var auditorWrites = await DevelopmentCounty.RecordAsync(auditor, caseId, DevelopmentStep.ActivistDecision, talk);
        var member = await _county.ClientFor(TestTokens.For(_county.County, CloudRoles.Member)).GetAsync($"/api/members/development/{caseId}");
        var ops = await _county.ClientFor(TestTokens.ForRole(CloudRoles.Ops, _county.County)).GetAsync("/api/members/development");
        var otherList = await other.GetFromJsonAsync<JsonElement[]>("/api/members/development");
        var otherCounty = await _county.ClientFor(TestTokens.CountyAdmin(Counties.New())).GetAsync($"/api/members/development/{caseId}");

        Assert.Equal(HttpStatusCode.OK, byOwn.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, byOther.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, otherReads.StatusCode);
        (await otherOpens.AssertProblemAsync(HttpStatusCode.BadRequest)).AssertFieldError("organizationId");
        Assert.True(auditorReads.GetProperty("nationalIdMasked").GetBoolean());
        Assert.Equal(HttpStatusCode.Forbidden, auditorWrites.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, member.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, ops.StatusCode);
        Assert.Empty(otherList!);
        Assert.Equal(HttpStatusCode.NotFound, otherCounty.StatusCode);
    }

    [Fact]
    public async Task A_person_has_one_open_case_per_county_and_a_member_cannot_apply()
    {
        var born = new DateOnly(1992, 8, 8);
        var nationalId = TestNationalIds.For(born, Gender.Male);
        var first = await _county.Admin.PostAsJsonAsync("/api/members/development", DevelopmentCounty.Application(Today.AddDays(-10), _county.Branch.Id, nationalId, born));
        var second = await _county.Admin.PostAsJsonAsync("/api/members/development", DevelopmentCounty.Application(Today.AddDays(-1), _county.OtherBranch.Id, nationalId, born));
        var caseId = (await first.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        var withdrawn = await _county.Admin.PostAsJsonAsync($"/api/members/development/{caseId}/withdrawal", new ExitRequest(Today, Note: "本人申请撤回"));
        var again = await _county.Admin.PostAsJsonAsync("/api/members/development", DevelopmentCounty.Application(Today, _county.Branch.Id, nationalId, born));
        var memberId = await _county.RegisterMemberAsync();
        var member = await _county.Admin.GetFromJsonAsync<JsonElement>($"/api/members/{memberId}");
        var memberApplies = await _county.Admin.PostAsJsonAsync("/api/members/development",
            DevelopmentCounty.Application(Today, _county.Branch.Id, member.GetProperty("nationalId").GetString()!, new DateOnly(1970, 6, 1)));

        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        (await second.AssertProblemAsync(HttpStatusCode.Conflict)).AssertFieldError("nationalId");
        Assert.Equal("Withdrawn", (await withdrawn.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("stage").GetString());
        Assert.Equal(HttpStatusCode.Created, again.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, memberApplies.StatusCode);
    }

    [Fact]
    public async Task The_county_admin_sets_the_public_notice_days_and_the_branch_review_follows_them()
    {
        var defaults = await _county.Admin.GetFromJsonAsync<DevelopmentSettingsResponse>("/api/members/development/settings");
        var byOrgAdmin = await _county.ClientFor(TestTokens.Scoped(_county.County, _county.Township.Id)).PutAsJsonAsync("/api/members/development/settings", new DevelopmentSettingsRequest(3, 28));
        var invalid = await _county.Admin.PutAsJsonAsync("/api/members/development/settings", new DevelopmentSettingsRequest(31, 28));
        var changed = await _county.Admin.PutAsJsonAsync("/api/members/development/settings", new DevelopmentSettingsRequest(12, 30));
        Guid[] sponsors = [await _county.RegisterMemberAsync(), await _county.RegisterMemberAsync()];
        var applied = new DateOnly(2023, 6, 1);
        var caseId = (await _county.OpenAsync(applied)).GetProperty("id").GetGuid();
        await _county.WalkAsync(caseId, applied, DevelopmentStep.CandidateTraining, sponsors);
        var review = await DevelopmentCounty.RecordAsync(_county.Admin, caseId, DevelopmentStep.BranchCommitteeReview, DevelopmentTimeline.RecordFor(applied, DevelopmentStep.BranchCommitteeReview, sponsors));

        Assert.Equal(new DevelopmentSettingsResponse(5, 28, true, null), defaults);
        Assert.Equal(HttpStatusCode.Forbidden, byOrgAdmin.StatusCode);
        (await invalid.AssertProblemAsync(HttpStatusCode.BadRequest)).AssertFieldError("publicNoticeWorkingDays");
        Assert.Equal((12, 30), await changed.Content.ReadFromJsonAsync<DevelopmentSettingsResponse>() is { } s ? (s.PublicNoticeWorkingDays, s.LeagueRecommendationMaxAge) : default);
        await AssertRefusedAsync(review, "M11", "发展对象公示不足12个工作日");
    }

    [Fact]
    public async Task The_development_endpoints_are_described_in_the_OpenAPI_document()
    {
        var document = await _county.ClientFor(string.Empty).GetFromJsonAsync<JsonElement>("/openapi/v1.json");
        var paths = document.GetProperty("paths").EnumerateObject().Select(p => p.Name).ToList();

        Assert.Contains("/api/members/development/{id}/steps/{step}", paths);
        Assert.Contains("/api/members/development/counts", paths);
        Assert.Contains("/api/members/development/settings", paths);
    }

    private static async Task AssertRefusedBesideAsync(HttpResponseMessage response, string rule, string? title, string field)
    {
        var problem = await response.AssertProblemAsync(HttpStatusCode.UnprocessableEntity);
        var said = problem.GetProperty("title").GetString();
        Assert.Equal(rule, problem.GetProperty("rule").GetString());
        Assert.Equal(title ?? said, said);
        Assert.Equal([said], problem.GetProperty("errors").GetProperty(field).EnumerateArray().Select(m => m.GetString()));
    }

    private static async Task AssertRefusedAsync(HttpResponseMessage response, string rule, string title)
    {
        var problem = await response.AssertProblemAsync(HttpStatusCode.UnprocessableEntity);
        Assert.Equal((rule, title), (problem.GetProperty("rule").GetString(), problem.GetProperty("title").GetString()));
    }
}
