using System.Net;
using Cloud.Organizations.Data;
using Cloud.Organizations.Domain;
using Cloud.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Cloud.Organizations.Tests;

/// <summary>TermLengthRule (O9–O12): the term an election starts runs 5 years in villages, communities, townships and organ committees, 3 elsewhere.</summary>
public sealed class TermLengthTests(OrganizationsHost organizations) : IClassFixture<OrganizationsHost>
{
    private readonly LeadershipTestClient _county = new(organizations, Counties.New());

    private static readonly DateOnly ElectedOn = LeadershipTestClient.Today.AddYears(-1);

    [Fact]
    public async Task Village_branch_term_is_five_years()
    {
        var township = await _county.RegisterAsync("中共千河镇委员会", "PrimaryCommittee", domain: "Township");
        var village = await _county.RegisterAsync("东坡村党支部", "Branch", township, domain: "Village");

        var term = (await _county.ElectAsync(village, ElectedOn, (Guid.NewGuid(), "Secretary"))).GetProperty("term");

        AssertTerm(term, years: 5);
    }

    [Fact]
    public async Task Community_branch_term_is_five_years()
    {
        var community = await _county.RegisterAsync("城关社区党支部", "Branch", domain: "Community");

        var term = (await _county.ElectAsync(community, ElectedOn, (Guid.NewGuid(), "Secretary"))).GetProperty("term");

        AssertTerm(term, years: 5);
    }

    [Fact]
    public async Task Organ_branch_term_is_three_years()
    {
        var branch = await _county.RegisterAsync("县财政局机关党支部", "Branch", domain: "GovernmentOrgan");

        var term = (await _county.ElectAsync(branch, ElectedOn, (Guid.NewGuid(), "Secretary"))).GetProperty("term");

        AssertTerm(term, years: 3);
    }

    [Fact]
    public async Task Organ_general_branch_term_is_three_years()
    {
        var general = await _county.RegisterAsync("县教育局机关党总支", "GeneralBranch", domain: "GovernmentOrgan");

        var term = (await _county.ElectAsync(general, ElectedOn, (Guid.NewGuid(), "Secretary"))).GetProperty("term");

        AssertTerm(term, years: 3);
    }

    [Fact]
    public async Task Organ_committee_term_is_five_years()
    {
        var committee = await _county.RegisterAsync("县直机关党委", "PrimaryCommittee", domain: "GovernmentOrgan");

        var term = (await _county.ElectAsync(committee, ElectedOn, (Guid.NewGuid(), "Secretary"))).GetProperty("term");

        AssertTerm(term, years: 5);
    }

    [Fact]
    public async Task Township_committee_term_is_five_years()
    {
        var township = await _county.RegisterAsync("中共坪头镇委员会", "PrimaryCommittee", domain: "Township");

        var term = (await _county.ElectAsync(township, ElectedOn, (Guid.NewGuid(), "Secretary"))).GetProperty("term");

        AssertTerm(term, years: 5);
    }

    [Fact]
    public async Task Party_groups_and_the_county_committee_have_no_terms()
    {
        var branch = await _county.RegisterAsync("东坡村党支部", "Branch", domain: "Village");
        var group = await _county.RegisterAsync("第一党小组", "PartyGroup", branch);
        var countyCommittee = await AddCountyCommitteeAsync();

        var onGroup = await _county.PostElectionAsync(group, LeadershipTestClient.Election(ElectedOn, (Guid.NewGuid(), "Secretary")));
        var onCounty = await _county.PostElectionAsync(countyCommittee, LeadershipTestClient.Election(ElectedOn, (Guid.NewGuid(), "Secretary")));

        (await onGroup.AssertProblemAsync(HttpStatusCode.BadRequest)).AssertFieldError("organizationId");
        (await onCounty.AssertProblemAsync(HttpStatusCode.BadRequest)).AssertFieldError("organizationId");
        Assert.Equal(0, await _county.CountAsync("terms"));
    }

    private static void AssertTerm(System.Text.Json.JsonElement term, int years)
    {
        Assert.Equal(years, term.GetProperty("termLengthYears").GetInt32());
        Assert.Equal(LeadershipTestClient.Date(ElectedOn), term.GetProperty("startedOn").GetString());
        Assert.Equal(LeadershipTestClient.Date(ElectedOn.AddYears(years)), term.GetProperty("plannedEndOn").GetString());
        Assert.Equal(1, term.GetProperty("termNumber").GetInt32());
        Assert.Equal("Active", term.GetProperty("status").GetString());
    }

    private async Task<Guid> AddCountyCommitteeAsync()
    {
        using var scope = organizations.Host.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<OrganizationsDbContext>();
        db.Tenant.Set(_county.County);
        var committee = Organization.RegisterCountyCommittee("千河县", DateTimeOffset.UtcNow);
        db.Organizations.Add(committee);
        await db.SaveChangesAsync();
        return committee.Id;
    }
}
