using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Cloud.ServiceDefaults.Auth;
using Cloud.Testing;

namespace Cloud.Organizations.Tests;

/// <summary>The county's settings: defaults until set, set by the CountyAdmin only, within their ranges, and used by the rules.</summary>
public sealed class CountySettingsTests(OrganizationsHost organizations) : IClassFixture<OrganizationsHost>
{
    private readonly LeadershipTestClient _county = new(organizations, Counties.New());

    private static Dictionary<string, int> Defaults() => new()
    {
        ["villageCommunityTownshipTermYears"] = 5,
        ["committeeTermYears"] = 5,
        ["otherTermYears"] = 3,
        ["termDueSoonMonths"] = 6,
        ["maxTermAdjustmentMonths"] = 12,
        ["secretaryVacancyAdvisoryDays"] = 90,
        ["candidateSurplusPercent"] = 20,
        ["jointBranchBelowFullMembers"] = 3,
        ["generalBranchAboveMembers"] = 50,
        ["committeeRequiredFullMembers"] = 7,
        ["villageCommitteeMembers"] = 100,
    };

    [Fact]
    public async Task A_county_without_settings_reads_the_defaults()
    {
        var settings = await _county.GetAsync("/api/organizations/settings");

        foreach (var (name, value) in Defaults())
        {
            Assert.Equal(value, settings.GetProperty(name).GetInt32());
        }

        Assert.True(settings.GetProperty("isDefault").GetBoolean());
        Assert.Equal(0, await _county.CountAsync("county_settings"));
    }

    [Fact]
    public async Task County_admin_changes_the_settings_and_they_are_read_back()
    {
        var wanted = Defaults();
        wanted["termDueSoonMonths"] = 3;
        wanted["secretaryVacancyAdvisoryDays"] = 60;

        var first = await _county.Http.PutAsJsonAsync("/api/organizations/settings", wanted);
        wanted["candidateSurplusPercent"] = 25;
        var second = await _county.Http.PutAsJsonAsync("/api/organizations/settings", wanted);
        var settings = await _county.GetAsync("/api/organizations/settings");

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        Assert.Equal(3, settings.GetProperty("termDueSoonMonths").GetInt32());
        Assert.Equal(60, settings.GetProperty("secretaryVacancyAdvisoryDays").GetInt32());
        Assert.Equal(25, settings.GetProperty("candidateSurplusPercent").GetInt32());
        Assert.False(settings.GetProperty("isDefault").GetBoolean());
        Assert.Equal(1, await _county.CountAsync("county_settings"));
    }

    [Fact]
    public async Task County_setting_changes_term_length()
    {
        var before = await _county.RegisterAsync("县财政局机关党支部", "Branch", domain: "GovernmentOrgan");
        var after = await _county.RegisterAsync("县审计局机关党支部", "Branch", domain: "GovernmentOrgan");
        var electedOn = LeadershipTestClient.Today.AddMonths(-1);
        var beforeTerm = (await _county.ElectAsync(before, electedOn, (Guid.NewGuid(), "Secretary"))).GetProperty("term");
        var settings = Defaults();
        settings["otherTermYears"] = 5;

        Assert.Equal(HttpStatusCode.OK, (await _county.Http.PutAsJsonAsync("/api/organizations/settings", settings)).StatusCode);
        var afterTerm = (await _county.ElectAsync(after, electedOn, (Guid.NewGuid(), "Secretary"))).GetProperty("term");
        var beforeNow = (await _county.GetAsync($"/api/organizations/{before}/terms"))[0];

        Assert.Equal(3, beforeTerm.GetProperty("termLengthYears").GetInt32());
        Assert.Equal(5, afterTerm.GetProperty("termLengthYears").GetInt32());
        Assert.Equal(LeadershipTestClient.Date(electedOn.AddYears(5)), afterTerm.GetProperty("plannedEndOn").GetString());
        // A term keeps the length it was elected for.
        Assert.Equal(3, beforeNow.GetProperty("termLengthYears").GetInt32());
    }

    [Fact]
    public async Task Settings_out_of_range_or_missing_are_refused_with_field_errors_and_nothing_written()
    {
        var settings = Defaults();
        settings["otherTermYears"] = 6; // 党章: 3–5 years
        settings["maxTermAdjustmentMonths"] = 13; // O14: at most a year
        settings["candidateSurplusPercent"] = -1;
        settings.Remove("villageCommitteeMembers");

        var response = await _county.Http.PutAsJsonAsync("/api/organizations/settings", settings);
        var notJson = await _county.Http.PutAsync("/api/organizations/settings", new StringContent("{", System.Text.Encoding.UTF8, "application/json"));

        var problem = await response.AssertProblemAsync(HttpStatusCode.BadRequest);
        problem.AssertFieldError("otherTermYears");
        problem.AssertFieldError("maxTermAdjustmentMonths");
        problem.AssertFieldError("candidateSurplusPercent");
        problem.AssertFieldError("villageCommitteeMembers");
        await notJson.AssertProblemAsync(HttpStatusCode.BadRequest);
        Assert.Equal(0, await _county.CountAsync("county_settings"));
    }

    [Fact]
    public async Task Only_the_county_admin_changes_the_settings_and_every_reader_reads_them()
    {
        var township = await _county.RegisterAsync("中共千河镇委员会", "PrimaryCommittee", domain: "Township");
        using var orgAdmin = Client(TestTokens.Scoped(_county.County, township));
        using var auditor = Client(TestTokens.For(_county.County, CloudRoles.Auditor));

        var byOrgAdmin = await orgAdmin.PutAsJsonAsync("/api/organizations/settings", Defaults());
        var byAuditor = await auditor.PutAsJsonAsync("/api/organizations/settings", Defaults());

        await byOrgAdmin.AssertProblemAsync(HttpStatusCode.Forbidden);
        await byAuditor.AssertProblemAsync(HttpStatusCode.Forbidden);
        Assert.Equal(HttpStatusCode.OK, (await orgAdmin.GetAsync("/api/organizations/settings")).StatusCode);
        Assert.Equal(3, (await auditor.GetFromJsonAsync<JsonElement>("/api/organizations/settings")).GetProperty("otherTermYears").GetInt32());
        Assert.Equal(0, await _county.CountAsync("county_settings"));
    }

    private HttpClient Client(string token)
    {
        var client = organizations.Host.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }
}
