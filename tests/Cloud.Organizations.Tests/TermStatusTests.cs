using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Cloud.Testing;

namespace Cloud.Organizations.Tests;

/// <summary>TermStatusRule and extensions (O14): due soon, overdue, extended by at most a year, and the county's 换届 list.</summary>
public sealed class TermStatusTests(OrganizationsHost organizations) : IClassFixture<OrganizationsHost>
{
    private readonly LeadershipTestClient _county = new(organizations, Counties.New());

    private static DateOnly Today => LeadershipTestClient.Today;

    [Fact]
    public async Task Term_due_soon_six_months_before_planned_end()
    {
        var (branch, plannedEnd) = await OrganBranchWithTermAsync(electedOn: Today.AddYears(-2));

        Assert.Equal("Active", await StatusAsync(branch, plannedEnd.AddMonths(-6).AddDays(-1)));
        Assert.Equal("DueSoon", await StatusAsync(branch, plannedEnd.AddMonths(-6)));
        Assert.Equal("DueSoon", await StatusAsync(branch, plannedEnd));
    }

    [Fact]
    public async Task Due_soon_window_is_the_countys_setting()
    {
        var (branch, plannedEnd) = await OrganBranchWithTermAsync(electedOn: Today.AddYears(-2));
        var settings = await _county.GetAsync("/api/organizations/settings");
        var changed = JsonSerializer.Deserialize<Dictionary<string, JsonElement>>(settings.GetRawText())!;
        changed["termDueSoonMonths"] = JsonSerializer.SerializeToElement(3);

        Assert.Equal(HttpStatusCode.OK, (await _county.Http.PutAsJsonAsync("/api/organizations/settings", changed)).StatusCode);

        Assert.Equal("Active", await StatusAsync(branch, plannedEnd.AddMonths(-4)));
        Assert.Equal("DueSoon", await StatusAsync(branch, plannedEnd.AddMonths(-3)));
    }

    [Fact]
    public async Task Term_overdue_after_planned_end_without_extension()
    {
        var (branch, plannedEnd) = await OrganBranchWithTermAsync(electedOn: Today.AddYears(-3).AddMonths(-1));

        Assert.Equal("DueSoon", await StatusAsync(branch, plannedEnd));
        Assert.Equal("Overdue", await StatusAsync(branch, plannedEnd.AddDays(1)));
        Assert.Equal("Overdue", (await _county.GetAsync($"/api/organizations/{branch}/terms"))[0].GetProperty("status").GetString());
    }

    [Fact]
    public async Task Extended_term_is_not_overdue()
    {
        var (branch, plannedEnd) = await OrganBranchWithTermAsync(electedOn: Today.AddYears(-3).AddMonths(-2));
        var term = await TermIdAsync(branch);

        var extended = await ExtendAsync(branch, term, plannedEnd.AddMonths(10), Today.AddMonths(-1));

        Assert.Equal(HttpStatusCode.OK, extended.StatusCode);
        Assert.Equal("Extended", (await extended.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("status").GetString());
        Assert.Equal("Extended", await StatusAsync(branch, Today));
        Assert.Equal("Extended", await StatusAsync(branch, plannedEnd.AddMonths(10)));
        Assert.Equal("Overdue", await StatusAsync(branch, plannedEnd.AddMonths(10).AddDays(1)));
        Assert.DoesNotContain(branch, await CountyListAsync("Overdue"));
        Assert.Contains(branch, await CountyListAsync("Extended"));
    }

    [Fact]
    public async Task Extension_beyond_one_year_is_refused()
    {
        var (branch, plannedEnd) = await OrganBranchWithTermAsync(electedOn: Today.AddYears(-3).AddMonths(-2));
        var term = await TermIdAsync(branch);

        var tooLong = await ExtendAsync(branch, term, plannedEnd.AddMonths(12).AddDays(1), Today);
        var notLater = await ExtendAsync(branch, term, plannedEnd, Today);
        var oneYear = await ExtendAsync(branch, term, plannedEnd.AddMonths(12), Today);

        (await tooLong.AssertProblemAsync(HttpStatusCode.BadRequest)).AssertFieldError("extendedUntil");
        (await notLater.AssertProblemAsync(HttpStatusCode.BadRequest)).AssertFieldError("extendedUntil");
        Assert.Equal(HttpStatusCode.OK, oneYear.StatusCode);
        Assert.Equal(1, await _county.CountAsync("outbox WHERE type = 'Cloud.Contracts.Organizations.TermExtended'"));
    }

    [Fact]
    public async Task Closed_term_cannot_be_extended_and_bad_extensions_are_refused()
    {
        var (branch, plannedEnd) = await OrganBranchWithTermAsync(electedOn: Today.AddYears(-4));
        var first = await TermIdAsync(branch);
        await _county.ElectAsync(branch, Today.AddDays(-1), (Guid.NewGuid(), "Secretary"));

        var closed = await ExtendAsync(branch, first, plannedEnd.AddMonths(6), Today);
        var unknown = await ExtendAsync(branch, Guid.NewGuid(), plannedEnd.AddMonths(6), Today);
        var missing = await _county.Http.PostAsJsonAsync($"/api/organizations/{branch}/terms/{first}/extension", new { approvedOn = LeadershipTestClient.Date(Today.AddDays(1)) });

        await closed.AssertProblemAsync(HttpStatusCode.Conflict);
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        var problem = await missing.AssertProblemAsync(HttpStatusCode.BadRequest);
        problem.AssertFieldError("extendedUntil");
        problem.AssertFieldError("approvedOn");
        problem.AssertFieldError("approvalDocNo");
        Assert.Equal(0, await _county.CountAsync("terms WHERE extension_approved_until IS NOT NULL"));
    }

    [Fact]
    public async Task Superior_approval_and_filing_recorded_after_the_election()
    {
        var electedOn = Today.AddMonths(-2);
        var (branch, _) = await OrganBranchWithTermAsync(electedOn);
        var term = await TermIdAsync(branch);
        var path = $"/api/organizations/{branch}/terms/{term}/approval";

        var beforeElection = await _county.Http.PostAsJsonAsync(path, new { superiorApprovalOn = LeadershipTestClient.Date(electedOn.AddDays(-1)) });
        var neither = await _county.Http.PostAsJsonAsync(path, new { });
        var future = await _county.Http.PostAsJsonAsync(path, new { filingOn = LeadershipTestClient.Date(Today.AddDays(1)) });
        var approved = await _county.Http.PostAsJsonAsync(path, new { superiorApprovalOn = LeadershipTestClient.Date(electedOn.AddDays(20)) });
        var filed = await _county.Http.PostAsJsonAsync(path, new { filingOn = LeadershipTestClient.Date(electedOn.AddDays(30)) });

        (await beforeElection.AssertProblemAsync(HttpStatusCode.BadRequest)).AssertFieldError("superiorApprovalOn");
        (await neither.AssertProblemAsync(HttpStatusCode.BadRequest)).AssertFieldError("superiorApprovalOn");
        (await future.AssertProblemAsync(HttpStatusCode.BadRequest)).AssertFieldError("filingOn");
        Assert.Equal(HttpStatusCode.OK, approved.StatusCode);
        var after = await filed.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(LeadershipTestClient.Date(electedOn.AddDays(20)), after.GetProperty("superiorApprovalOn").GetString()); // kept when only filing is recorded
        Assert.Equal(LeadershipTestClient.Date(electedOn.AddDays(30)), after.GetProperty("filingOn").GetString());
        Assert.Equal(2, await _county.CountAsync("outbox WHERE type = 'Cloud.Contracts.Organizations.TermApprovalRecorded'"));
    }

    [Fact]
    public async Task County_list_shows_open_terms_by_status_as_of_a_date()
    {
        var (active, _) = await OrganBranchWithTermAsync(electedOn: Today.AddMonths(-1));
        var (dueSoon, _) = await OrganBranchWithTermAsync(electedOn: Today.AddYears(-3).AddMonths(2));
        var (overdue, _) = await OrganBranchWithTermAsync(electedOn: Today.AddYears(-3).AddMonths(-2));

        var all = await CountyListAsync(null);
        var overdueOnly = await CountyListAsync("Overdue");
        var dueSoonOnly = await CountyListAsync("DueSoon");
        var lastYear = await _county.GetAsync($"/api/organizations/terms?asOf={LeadershipTestClient.Date(Today.AddYears(-1))}");
        var badStatus = await _county.Http.GetAsync("/api/organizations/terms?status=Closed");
        var badDate = await _county.Http.GetAsync("/api/organizations/terms?asOf=tomorrow");

        Assert.Equal(new HashSet<Guid> { active, dueSoon, overdue }, all.ToHashSet());
        Assert.Equal([overdue], overdueOnly);
        Assert.Equal([dueSoon], dueSoonOnly);
        Assert.Equal(new HashSet<Guid> { dueSoon, overdue }, lastYear.EnumerateArray().Select(t => t.GetProperty("organizationId").GetGuid()).ToHashSet());
        (await badStatus.AssertProblemAsync(HttpStatusCode.BadRequest)).AssertFieldError("status");
        (await badDate.AssertProblemAsync(HttpStatusCode.BadRequest)).AssertFieldError("asOf");
    }

    private async Task<(Guid Branch, DateOnly PlannedEnd)> OrganBranchWithTermAsync(DateOnly electedOn)
    {
        var branch = await _county.RegisterAsync($"县直机关{Guid.NewGuid():N}"[..12], "Branch", domain: "GovernmentOrgan");
        var term = (await _county.ElectAsync(branch, electedOn, (Guid.NewGuid(), "Secretary"))).GetProperty("term");
        return (branch, DateOnly.Parse(term.GetProperty("plannedEndOn").GetString()!, System.Globalization.CultureInfo.InvariantCulture));
    }

    private async Task<Guid> TermIdAsync(Guid branch) => (await _county.GetAsync($"/api/organizations/{branch}/terms"))[0].GetProperty("id").GetGuid();

    private async Task<string?> StatusAsync(Guid branch, DateOnly asOf)
    {
        var terms = await _county.GetAsync($"/api/organizations/{branch}/terms?asOf={LeadershipTestClient.Date(asOf)}");
        return terms[terms.GetArrayLength() - 1].GetProperty("status").GetString();
    }

    private Task<HttpResponseMessage> ExtendAsync(Guid branch, Guid term, DateOnly until, DateOnly approvedOn) =>
        _county.Http.PostAsJsonAsync($"/api/organizations/{branch}/terms/{term}/extension", new
        {
            extendedUntil = LeadershipTestClient.Date(until),
            approvedOn = LeadershipTestClient.Date(approvedOn),
            approvalDocNo = "千组字〔2026〕3号",
        });

    private async Task<Guid[]> CountyListAsync(string? status) =>
        [.. (await _county.GetAsync(status is null ? "/api/organizations/terms" : $"/api/organizations/terms?status={status}"))
            .EnumerateArray().Select(t => t.GetProperty("organizationId").GetGuid())];
}
