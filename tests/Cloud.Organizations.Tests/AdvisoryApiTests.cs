using System.Net.Http.Json;
using System.Text.Json;
using Cloud.Contracts.Members;
using Cloud.Organizations.Domain.Advisories;
using Cloud.Testing;

namespace Cloud.Organizations.Tests;

/// <summary>
/// Advisories against real data: member counts from the Members service's events, terms and secretaries from the
/// leadership API, thresholds from the county's settings; returned with the organization and listed per county.
/// </summary>
public sealed class AdvisoryApiTests(OrganizationsHost organizations) : IClassFixture<OrganizationsHost>
{
    private readonly string _county = Counties.New();

    [Fact]
    public async Task Advisories_come_with_the_organization_and_in_the_county_list()
    {
        var county = new LeadershipTestClient(organizations, _county);
        var today = LeadershipTestClient.Today;
        var township = await county.RegisterAsync("中共千河镇委员会", "PrimaryCommittee", domain: "Township");
        var seven = await county.RegisterAsync("东坡村党支部", "Branch", township, "Village");
        var two = await county.RegisterAsync("千河镇个体协会党支部", "Branch", township, "PrivateEnterprise");
        var overdue = await county.RegisterAsync("千河镇机关党支部", "Branch", township, "GovernmentOrgan");
        var vacant = await county.RegisterAsync("西坡村党支部", "Branch", township, "Village");
        await county.ElectAsync(township, today.AddYears(-1), (Guid.NewGuid(), "Secretary"));
        await county.ElectAsync(seven, today.AddYears(-1), (Guid.NewGuid(), "Secretary"));
        await county.ElectAsync(two, today.AddYears(-1), (Guid.NewGuid(), "Secretary"));
        await county.ElectAsync(overdue, today.AddYears(-3).AddDays(-10), (Guid.NewGuid(), "Secretary")); // an organ branch's three years are up
        await county.BackdateRegistrationAsync(vacant, 120); // never had a secretary, for 120 days
        await using (var members = await TestBus<OrganizationMembershipCounted>.StartAsync(TestEnvironment.AmqpUrl))
        {
            await members.PublishAsync(new OrganizationMembershipCounted(_county, Guid.NewGuid(), DateTimeOffset.UtcNow, seven, 8, 1));
            await members.PublishAsync(new OrganizationMembershipCounted(_county, Guid.NewGuid(), DateTimeOffset.UtcNow, two, 2, 0));
            await Eventually.WaitAsync(() => county.CountAsync("organization_member_counts"), n => n == 2, TimeSpan.FromSeconds(30), "both counts arrive");
        }

        var list = await county.GetAsync("/api/organizations/advisories");
        var one = await county.GetAsync($"/api/organizations/{seven}");
        var onlyVacancies = await county.GetAsync($"/api/organizations/advisories?code={OrganizationAdvisories.SecretaryVacantTooLong}");

        Assert.Equal(
            new HashSet<(Guid, string)>
            {
                (seven, OrganizationAdvisories.SevenFullMembersWithoutCommittee),
                (two, OrganizationAdvisories.FewFullMembersSuggestJointBranch),
                (overdue, OrganizationAdvisories.TermOverdue),
                (vacant, OrganizationAdvisories.SecretaryVacantTooLong),
            },
            list.EnumerateArray().Select(a => (a.GetProperty("organizationId").GetGuid(), a.GetProperty("code").GetString()!)).ToHashSet());
        var advisory = Assert.Single(one.GetProperty("advisories").EnumerateArray());
        Assert.Equal(OrganizationAdvisories.SevenFullMembersWithoutCommittee, advisory.GetProperty("code").GetString());
        Assert.Equal("东坡村党支部", advisory.GetProperty("organizationName").GetString());
        Assert.False(string.IsNullOrWhiteSpace(advisory.GetProperty("suggestion").GetString()));
        Assert.Equal([vacant], onlyVacancies.EnumerateArray().Select(a => a.GetProperty("organizationId").GetGuid()));
    }

    [Fact]
    public async Task County_settings_move_the_advisory_thresholds()
    {
        var county = new LeadershipTestClient(organizations, _county);
        var branch = await county.RegisterAsync("坪头村党支部", "Branch", domain: "Village");
        await county.ElectAsync(branch, LeadershipTestClient.Today.AddYears(-1), (Guid.NewGuid(), "Secretary"));
        await using (var members = await TestBus<OrganizationMembershipCounted>.StartAsync(TestEnvironment.AmqpUrl))
        {
            await members.PublishAsync(new OrganizationMembershipCounted(_county, Guid.NewGuid(), DateTimeOffset.UtcNow, branch, 3, 0));
            await Eventually.WaitAsync(() => county.CountAsync("organization_member_counts"), n => n == 1, TimeSpan.FromSeconds(30), "the count arrives");
        }

        var before = await county.GetAsync("/api/organizations/advisories");
        var settings = await county.GetAsync("/api/organizations/settings");
        var changed = JsonSerializer.Deserialize<Dictionary<string, JsonElement>>(settings.GetRawText())!
            .Where(p => p.Value.ValueKind == JsonValueKind.Number)
            .ToDictionary(p => p.Key, p => p.Key == "jointBranchBelowFullMembers" ? 4 : p.Value.GetInt32());
        (await county.Http.PutAsJsonAsync("/api/organizations/settings", changed)).EnsureSuccessStatusCode();
        var after = await county.GetAsync("/api/organizations/advisories");

        Assert.Empty(before.EnumerateArray());
        Assert.Equal(OrganizationAdvisories.FewFullMembersSuggestJointBranch, Assert.Single(after.EnumerateArray()).GetProperty("code").GetString());
    }
}
