using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Cloud.Contracts;
using Cloud.Contracts.Members;
using Cloud.Contracts.Organizations;
using Cloud.Reporting.Api;
using Cloud.ServiceDefaults.Auth;
using Cloud.Testing;

namespace Cloud.Reporting.Tests;

/// <summary>
/// The indicators of domain.md §4 that the members, the tree and the development cases answer, from their events through
/// RabbitMQ: as of any day (history, not today's state), for a subtree as the tree stood that day, idempotent and
/// independent of the order events arrive in, and never another county's.
/// </summary>
public sealed class StatisticsTests(ReportingHost host) : IClassFixture<ReportingHost>
{
    private static readonly DateOnly TreeSetUp = new(2020, 1, 1);
    private static readonly DateTimeOffset Recorded = new(2026, 11, 1, 2, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task Member_structure_is_counted_from_the_roll_as_it_stood_on_the_day()
    {
        var county = new CountyEvents(Counties.New());
        await PublishAsync(county.Story());

        var yearEnd = await WaitForAsync(county.Id, "asOf=2026-12-31&from=2025-01-01", r => r.MemberCount.Total == 3 && r.MobileMemberCount == 1 && Stage(r, "Activist") == 1);
        var january = await StatisticsAsync(county.Id, "asOf=2026-01-31");
        var before = await StatisticsAsync(county.Id, "asOf=2010-12-31");
        var may = await StatisticsAsync(county.Id, "asOf=2026-05-01");

        Assert.Equal(new MemberCount(3, 3, 0), yearEnd.MemberCount); // 赵 transferred out in May; 孙 confirmed in March
        Assert.Equal(Share.Of(2, 3), yearEnd.FemaleShare);
        Assert.Equal(66.7m, yearEnd.FemaleShare.Percent);
        Assert.Equal(Share.Of(2, 3), yearEnd.MinorityShare);
        Assert.Equal(Share.Of(2, 3), yearEnd.CollegeShare);
        Assert.Equal(Share.Of(1, 3), yearEnd.Under35Share); // born 2000; the one born 1990 is 36 in 2026
        Assert.Equal([("Active", "在职", 2L), ("Retired", "离退休", 1L)], yearEnd.MemberByEmployment.Select(t => (t.Key, t.Label, t.Count)));
        Assert.Equal([("ProfessionalTechnical", 1L), ("Student", 1L), ("Worker", 1L)], yearEnd.OccupationDistribution.Select(t => (t.Key, t.Count))); // 赵, the farmer, left
        Assert.Equal(["≤30", "31–35", "36–40", "41–45", "46–50", "51–55", "56–60", "≥61"], yearEnd.AgeDistribution.Bands.Select(b => b.Label));
        Assert.Equal([1L, 0, 1, 0, 0, 0, 0, 1], yearEnd.AgeDistribution.Bands.Select(b => b.Count));
        Assert.Equal(Math.Round((26 + 36 + 66) / 3m, 1), yearEnd.AgeDistribution.AverageAge);
        Assert.Equal(1, yearEnd.NewMembers.Count); // 孙 admitted 2025-03-01
        Assert.Equal(Share.Of(1, 1), yearEnd.NewMembers.Under35);
        Assert.Equal(3, yearEnd.OrgCountByType.Total);
        Assert.Equal([("Branch", "党支部", 2L), ("PrimaryCommittee", "基层党委", 1L)], yearEnd.OrgCountByType.ByType.Select(t => (t.Key, t.Label, t.Count)));
        Assert.Equal([("千河镇", 3L)], yearEnd.OrgCountByType.ByTownship.Select(t => (t.Key, t.Count)));
        Assert.Contains(new TypeDomainCount("Branch", "Village", "党支部（农村）", 2), yearEnd.OrgCountByType.ByTypeAndDomain);

        Assert.Equal(new MemberCount(4, 3, 1), january.MemberCount);
        Assert.Equal(0, january.MobileMemberCount);
        Assert.Equal(new MemberCount(2, 2, 0), before.MemberCount); // 李 was admitted in 2015, 孙 in 2025
        Assert.Equal(0, before.OrgCountByType.Total); // the tree was set up in 2020
        Assert.Equal((1L, 0L), (Stage(may, "Applicant"), Stage(may, "Activist")));
        Assert.Equal([("CollegeOrAbove", 2L), ("Secondary", 1L)], yearEnd.EducationDistribution.Select(t => (t.Key, t.Count)));
    }

    [Fact]
    public async Task Events_delivered_twice_and_out_of_order_leave_the_same_figures()
    {
        var inOrder = new CountyEvents(Counties.New());
        var shuffled = new CountyEvents(Counties.New());
        await PublishAsync(inOrder.Story());
        var story = shuffled.Story();
        await PublishAsync([.. story.AsEnumerable().Reverse(), .. story]);

        foreach (var query in new[] { "asOf=2026-12-31&from=2025-01-01", "asOf=2026-01-31", "asOf=2026-05-01" })
        {
            var expected = await WaitForAsync(inOrder.Id, "asOf=2026-12-31&from=2025-01-01", r => r.MemberCount.Total == 3 && r.MobileMemberCount == 1 && Stage(r, "Activist") == 1);
            var wanted = Comparable(await StatisticsAsync(inOrder.Id, query));
            var actual = await Eventually.WaitAsync(async () => Comparable(await StatisticsAsync(shuffled.Id, query)), r => r == wanted, ReportingHost.Arrival,
                $"{query}: the shuffled county's figures equal the ordered one's");
            Assert.Equal(wanted, actual);
            Assert.Equal(3, expected.MemberCount.Total);
        }
    }

    [Fact]
    public async Task A_moved_branch_counts_under_its_new_township_from_the_day_of_the_move()
    {
        var county = new CountyEvents(Counties.New());
        var (qianhe, pingtou, branch) = (Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid());
        var member = Guid.NewGuid();
        await PublishAsync(
        [
            county.Organization(qianhe, "中共千河镇委员会", "PrimaryCommittee", null),
            county.Organization(pingtou, "中共坪头镇委员会", "PrimaryCommittee", null),
            county.Organization(branch, "东坡村党支部", "Branch", qianhe),
            new MemberRegistered(county.Id, Guid.NewGuid(), Recorded, member, CountyEvents.Facts(branch, "Male", 1980, false, "Secondary", "Worker", admitted: new DateOnly(2010, 7, 1))),
            new OrganizationMoved(county.Id, Guid.NewGuid(), Recorded, branch, qianhe, pingtou, $"{qianhe:N}.{branch:N}", $"{pingtou:N}.{branch:N}", new DateOnly(2026, 6, 1)),
            new OrganizationRenamed(county.Id, Guid.NewGuid(), Recorded, branch, "东坡村党支部", "东坡社区党支部", new DateOnly(2026, 6, 1)),
            new OrganizationDissolved(county.Id, Guid.NewGuid(), Recorded, qianhe, "Merged", new DateOnly(2026, 9, 1)),
        ]);
        await WaitForAsync(county.Id, "asOf=2026-12-31", r => r.MemberCount.Total == 1 && r.OrgCountByType.Total == 2);

        Assert.Equal(1, (await StatisticsAsync(county.Id, $"asOf=2026-03-01&organizationId={qianhe}")).MemberCount.Total);
        Assert.Equal(0, (await StatisticsAsync(county.Id, $"asOf=2026-03-01&organizationId={pingtou}")).MemberCount.Total);
        Assert.Equal(0, (await StatisticsAsync(county.Id, $"asOf=2026-07-01&organizationId={qianhe}")).MemberCount.Total);
        Assert.Equal(1, (await StatisticsAsync(county.Id, $"asOf=2026-07-01&organizationId={pingtou}")).MemberCount.Total);
        Assert.Equal(2, (await StatisticsAsync(county.Id, $"asOf=2026-07-01&organizationId={pingtou}")).OrgCountByType.Total);
        Assert.Equal(3, (await StatisticsAsync(county.Id, "asOf=2026-08-31")).OrgCountByType.Total);
        Assert.Equal(2, (await StatisticsAsync(county.Id, "asOf=2026-09-01")).OrgCountByType.Total); // 千河 dissolved that day
    }

    [Fact]
    public async Task A_county_sees_its_own_figures_and_a_scoped_user_only_its_subtree()
    {
        var county = new CountyEvents(Counties.New());
        var other = new CountyEvents(Counties.New());
        await PublishAsync([.. county.Story(), .. other.Story()]);
        await WaitForAsync(county.Id, "asOf=2026-12-31", r => r.MemberCount.Total == 3);
        await WaitForAsync(other.Id, "asOf=2026-12-31", r => r.MemberCount.Total == 3);
        var tree = host.TreeOf(county.Id);
        await tree.WaitUntilKnownAsync(host.Service.Services, new TreeNode(county.Township, $"{county.Township:N}"));

        using var secretary = Client(TestTokens.Scoped(county.Id, county.Dongpo, CloudRoles.BranchSecretary));
        var own = await secretary.GetFromJsonAsync<StatisticsReport>("/api/reporting/statistics?asOf=2026-12-31");
        var wider = await secretary.GetAsync($"/api/reporting/statistics?organizationId={county.Township}");
        var foreign = await secretary.GetAsync($"/api/reporting/statistics?organizationId={other.Township}");
        using var admin = Client(TestTokens.CountyAdmin(county.Id));
        var badDates = await admin.GetAsync("/api/reporting/statistics?asOf=2026-01-01&from=2026-02-01");
        var badFormat = await admin.GetAsync("/api/reporting/statistics?asOf=yesterday");

        Assert.Equal(new MemberCount(2, 2, 0), own!.MemberCount); // 东坡: 李 and 王
        Assert.Equal(county.Dongpo, own.OrganizationId);
        Assert.Equal(HttpStatusCode.Forbidden, wider.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, foreign.StatusCode);
        var problem = await badDates.AssertProblemAsync(HttpStatusCode.BadRequest);
        Assert.True(problem.GetProperty("errors").TryGetProperty("from", out _));
        await badFormat.AssertProblemAsync(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task Secretaries_and_terms_are_counted_as_they_stood_on_the_day()
    {
        var county = new CountyEvents(Counties.New());
        var (township, village, another) = (Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid());
        var (secretaryA, secretaryB) = (Guid.NewGuid(), Guid.NewGuid());
        var (positionA, positionB, termA, termB) = (Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid());
        var at = Recorded;
        await PublishAsync(
        [
            county.Organization(township, "中共千河镇委员会", "PrimaryCommittee", null),
            county.Organization(village, "东坡村党支部", "Branch", township),
            county.Organization(another, "西坡村党支部", "Branch", township),
            new MemberRegistered(county.Id, Guid.NewGuid(), at, secretaryA, CountyEvents.Facts(village, "Female", 1980, false, "CollegeOrAbove", "FarmerHerderFisher", admitted: new DateOnly(2005, 7, 1))),
            new MemberRegistered(county.Id, Guid.NewGuid(), at, secretaryB, CountyEvents.Facts(township, "Male", 1968, false, "Secondary", "PartyGovernmentStaff", admitted: new DateOnly(1995, 7, 1))),
            // The end of A's position is delivered before its start.
            new PositionEnded(county.Id, Guid.NewGuid(), at.AddMinutes(5), village, positionA, secretaryA, "Secretary", "Resigned", new DateOnly(2026, 6, 1)),
            new PositionAssigned(county.Id, Guid.NewGuid(), at, village, positionA, termA, secretaryA, "Secretary", "Election", new DateOnly(2021, 1, 1), IsDualRole: true, HeadsHostUnit: false),
            new PositionAssigned(county.Id, Guid.NewGuid(), at, township, positionB, null, secretaryB, "Secretary", "Appointment", new DateOnly(2021, 1, 1), IsDualRole: false, HeadsHostUnit: true),
            new TermStarted(county.Id, Guid.NewGuid(), at, village, termA, 3, new DateOnly(2021, 1, 1), new DateOnly(2026, 1, 1), 5, false),
            new TermClosed(county.Id, Guid.NewGuid(), at, village, termA, new DateOnly(2025, 12, 20)),
            new TermExtended(county.Id, Guid.NewGuid(), at.AddMinutes(1), another, termB, new DateOnly(2026, 9, 1), new DateOnly(2026, 2, 1)),
            new TermStarted(county.Id, Guid.NewGuid(), at, another, termB, 2, new DateOnly(2021, 3, 1), new DateOnly(2026, 3, 1), 5, false),
        ]);

        var march = await WaitForAsync(county.Id, "asOf=2026-03-01", r => r.SecretaryProfile.Secretaries == 2 && r.MemberCount.Total == 2);
        var yearEnd = await WaitForAsync(county.Id, "asOf=2026-12-31", r => r.SecretaryProfile.Secretaries == 1 && r.OnTimeElectionRate.Total == 2);
        var august = await StatisticsAsync(county.Id, "asOf=2026-08-01");

        Assert.Equal(new SecretaryStaffing(Share.Of(2, 3), 1), march.SecretaryStaffingRate);
        Assert.Equal(["≤44", "45–49", "50–55", "≥56"], march.SecretaryAgeBands.Bands.Select(b => b.Label));
        Assert.Equal([0L, 1, 0, 1], march.SecretaryAgeBands.Bands.Select(b => b.Count)); // 46 and 58 in 2026
        Assert.Equal(52m, march.SecretaryAgeBands.AverageAge);
        Assert.Equal(Share.Of(1, 1), march.SecretaryProfile.DualRole); // the village secretary
        Assert.Equal([("Female", "女", 1L), ("Male", "男", 1L)], march.SecretaryProfile.ByGender.Select(t => (t.Key, t.Label, t.Count)));
        Assert.Equal(Share.Of(1, 2), march.SecretaryIsUnitHeadRate);

        Assert.Equal(new SecretaryStaffing(Share.Of(1, 3), 2), yearEnd.SecretaryStaffingRate); // A resigned in June
        Assert.Equal(Share.Of(1, 2), yearEnd.OnTimeElectionRate); // 东坡 elected in time; 西坡's extension ran out in September
        Assert.Equal(1, yearEnd.OverdueTermCount);
        Assert.Equal((Share.Of(1, 1), 0L), (august.OnTimeElectionRate, august.OverdueTermCount));
    }

    [Fact]
    public async Task A_city_viewer_sees_the_counties_of_the_city_side_by_side_and_summed_and_never_another_citys()
    {
        var (first, second) = Counties.TwoInOneCity();
        var city = first[..4];
        var (a, b, other) = (new CountyEvents(first), new CountyEvents(second), new CountyEvents(Counties.OutsideCity(city)));
        await PublishAsync(
        [
            new Contracts.Identity.TenantProvisioned(a.Id, Guid.NewGuid(), Recorded, "甲县", city),
            new Contracts.Identity.TenantProvisioned(b.Id, Guid.NewGuid(), Recorded, "乙县", city),
            new Contracts.Identity.TenantProvisioned(other.Id, Guid.NewGuid(), Recorded, "外市县", other.Id[..4]),
            .. a.Story(), .. b.Story(), .. other.Story(),
        ]);
        foreach (var county in new[] { a, b, other })
        {
            await WaitForAsync(county.Id, "asOf=2026-12-31", r => r.MemberCount.Total == 3 && r.MobileMemberCount == 1);
        }

        using var viewer = Client(TestTokens.ForRole(CloudRoles.CityViewer, a.Id));
        var rollup = await Eventually.WaitAsync(
            () => viewer.GetFromJsonAsync<CityStatistics>("/api/reporting/city/statistics?asOf=2026-12-31&from=2025-01-01")!, r => r!.Counties.Count == 2, ReportingHost.Arrival,
            "both counties of the city are known");
        using var admin = Client(TestTokens.CountyAdmin(a.Id));
        var refused = await admin.GetAsync("/api/reporting/city/statistics");

        Assert.Equal(city, rollup!.City);
        Assert.Equal([(a.Id, "甲县"), (b.Id, "乙县")], rollup.Counties.Select(c => (c.Code, c.Name)).Order());
        Assert.All(rollup.Counties, c => Assert.Equal(new MemberCount(3, 3, 0), c.MemberCount));
        Assert.Equal(new MemberCount(6, 6, 0), rollup.Total.MemberCount);
        Assert.Equal(6, rollup.Total.OrgCountByType);
        Assert.Equal(Share.Of(4, 6), rollup.Total.FemaleShare);
        Assert.Equal((2L, 2L), (rollup.Total.MobileMemberCount, rollup.Total.NewMembers));
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
    }

    [Fact]
    public async Task The_workbook_and_the_csv_carry_the_figures_of_the_page()
    {
        var county = new CountyEvents(Counties.New());
        await PublishAsync(county.Story());
        var page = await WaitForAsync(county.Id, "asOf=2026-12-31&from=2025-01-01", r => r.MemberCount.Total == 3 && r.MobileMemberCount == 1 && Stage(r, "Activist") == 1);
        using var admin = Client(TestTokens.CountyAdmin(county.Id));

        var xlsx = await admin.GetAsync("/api/reporting/statistics.xlsx?asOf=2026-12-31&from=2025-01-01");
        var csv = await admin.GetAsync("/api/reporting/statistics.csv?asOf=2026-12-31&from=2025-01-01");

        Assert.Equal(HttpStatusCode.OK, xlsx.StatusCode);
        Assert.Equal("党内统计_20261231.xlsx", xlsx.Content.Headers.ContentDisposition?.FileNameStar);
        var expected = StatisticsTable.Rows(page).Select(r => new[] { r.Section, r.Item, Invariant(r.Count), r.Percent is { } p ? Invariant(p) : null }).ToList();
        var sheet = Cloud.Spreadsheets.XlsxSheet.Read(await xlsx.Content.ReadAsStreamAsync(), 1000);
        Assert.Equal([StatisticsTable.Section, StatisticsTable.Item, StatisticsTable.Count, StatisticsTable.Percent], sheet.Rows[0].Cells);
        Assert.Equal(expected.Select(Line), sheet.Rows.Skip(1).Select(r => Line([.. r.Cells])));
        Assert.Contains(sheet.Rows, r => r.Cells[0] == "党员总数" && r.Cells[1] == "合计" && r.Cells[2] == "3");
        var lines = Cloud.Spreadsheets.CsvSheet.Read(await csv.Content.ReadAsByteArrayAsync(), 1000);
        Assert.Equal(expected.Select(Line), lines.Rows.Skip(1).Select(r => Line([.. r.Cells])));
    }

    private static string Invariant(IFormattable number) => number.ToString(null, System.Globalization.CultureInfo.InvariantCulture);

    private static string Line(string?[] cells) => string.Join(" | ", cells.Select(c => string.IsNullOrEmpty(c) ? "-" : c));

    private static long Stage(StatisticsReport report, string stage) => report.PipelineCounts.Single(t => t.Key == stage).Count;

    private static string Comparable(StatisticsReport report) =>
        JsonSerializer.Serialize(report with { TenantId = string.Empty });

    private async Task PublishAsync(IEnumerable<IIntegrationEvent> events)
    {
        foreach (var e in events)
        {
            await host.Publisher.PublishObjectAsync(e);
        }
    }

    private HttpClient Client(string token)
    {
        var client = host.Service.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    private async Task<StatisticsReport> StatisticsAsync(string county, string query)
    {
        using var client = Client(TestTokens.CountyAdmin(county));
        return (await client.GetFromJsonAsync<StatisticsReport>($"/api/reporting/statistics?{query}"))!;
    }

    private Task<StatisticsReport> WaitForAsync(string county, string query, Func<StatisticsReport, bool> done) =>
        Eventually.WaitAsync(() => StatisticsAsync(county, query), done, ReportingHost.Arrival, $"the statistics of {county} ({query}) arrive");

    /// <summary>One county's story: a township with two village branches, four members, a confirmation, a transfer out, a mobile member, a development case.</summary>
    private sealed class CountyEvents(string id)
    {
        public string Id => id;

        public Guid Township { get; } = Guid.NewGuid();

        public Guid Dongpo { get; } = Guid.NewGuid();

        public Guid Xipo { get; } = Guid.NewGuid();

        public static MemberStatisticalFacts Facts(
            Guid organization, string gender, int born, bool minority, string education, string occupation, string employment = "Active",
            string status = "Full", DateOnly? admitted = null, DateOnly? confirmed = null) =>
            new(organization, gender, born, minority, education, occupation, employment, status, admitted, confirmed ?? admitted?.AddYears(1), false, null);

        public OrganizationRegistered Organization(Guid organization, string name, string type, Guid? parent) =>
            new(id, Guid.NewGuid(), Recorded, organization, name, type, parent, type == "Branch" ? "Standard" : null, type == "Branch" ? "Village" : null,
                null, TreeSetUp, "千河镇", "Active");

        public List<IIntegrationEvent> Story()
        {
            var (li, wang, sun, zhao) = (Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid());
            var sunProbation = Facts(Xipo, "Female", 2000, true, "CollegeOrAbove", "Student", status: "Probationary", admitted: new DateOnly(2025, 3, 1)) with { ConfirmedOn = null };
            var zhaoFacts = Facts(Xipo, "Male", 1970, false, "JuniorHighOrBelow", "FarmerHerderFisher", admitted: new DateOnly(1995, 7, 1));
            var wangFacts = Facts(Dongpo, "Male", 1960, true, "Secondary", "Worker", "Retired", admitted: new DateOnly(1985, 7, 1));
            var caseId = Guid.NewGuid();
            return
            [
                Organization(Township, "中共千河镇委员会", "PrimaryCommittee", null),
                Organization(Dongpo, "东坡村党支部", "Branch", Township),
                Organization(Xipo, "西坡村党支部", "Branch", Township),
                new MemberRegistered(id, Guid.NewGuid(), Recorded, li, Facts(Dongpo, "Female", 1990, false, "CollegeOrAbove", "ProfessionalTechnical", admitted: new DateOnly(2015, 7, 1))),
                new MemberRegistered(id, Guid.NewGuid(), Recorded, wang, wangFacts),
                new MemberRegistered(id, Guid.NewGuid(), Recorded, sun, sunProbation),
                new MemberRegistered(id, Guid.NewGuid(), Recorded, zhao, zhaoFacts),
                new MemberStatusChanged(id, Guid.NewGuid(), Recorded.AddMinutes(1), sun, sunProbation with { MembershipStatus = "Full", ConfirmedOn = new DateOnly(2026, 3, 1) },
                    "Probationary", "Full", "Current", "Current", new DateOnly(2026, 3, 10)),
                new MemberTransferred(id, Guid.NewGuid(), Recorded.AddMinutes(2), zhao, "Out", "Relocation", new DateOnly(2026, 5, 1), Xipo, null, null, zhaoFacts),
                new MobileStatusChanged(id, Guid.NewGuid(), Recorded.AddMinutes(3), wang, wangFacts, true, new DateOnly(2026, 2, 1)),
                Stage(caseId, "Applicant", null, new DateOnly(2026, 4, 1), Recorded.AddMinutes(4)),
                Stage(caseId, "Activist", "Applicant", new DateOnly(2026, 6, 1), Recorded.AddMinutes(5)),
            ];
        }

        private DevelopmentStageChanged Stage(Guid caseId, string stage, string? previous, DateOnly since, DateTimeOffset at) =>
            new(id, Guid.NewGuid(), at, caseId, Xipo, stage, previous, since, new DateOnly(2026, 4, 1), "Male", 2001, false, "Secondary", "FarmerHerderFisher", true, null);
    }
}
