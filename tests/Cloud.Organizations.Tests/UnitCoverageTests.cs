using System.Net.Http.Json;
using System.Text.Json;
using Cloud.Contracts.Members;
using Cloud.Testing;

namespace Cloud.Organizations.Tests;

/// <summary>Indicator 2 <c>CoverageRate</c> and indicator 3 应建未建 (O1: a unit with ≥3 full members needs an organization).</summary>
public sealed class UnitCoverageTests(OrganizationsHost organizations) : IClassFixture<OrganizationsHost>
{
    private static readonly TimeSpan Delivery = TimeSpan.FromSeconds(30);
    private readonly string _county = Counties.New();

    private HttpClient Client => organizations.ClientFor(_county);

    [Fact]
    public async Task Coverage_rate_by_category()
    {
        var villages = new[] { await Client.RegisterUnitAsync("东坡村", "Village", "千河镇"), await Client.RegisterUnitAsync("西坡村", "Village", "千河镇"), await Client.RegisterUnitAsync("坪头村", "Village", "坪头镇") };
        var firms = new[] { await Client.RegisterUnitAsync("千河机械厂", township: "千河镇"), await Client.RegisterUnitAsync("坪头茶叶公司", township: "坪头镇") };
        await Client.RegisterUnitAsync("千河镇中学", "School", "千河镇");
        await LinkHostAsync(await Client.RegisterVillageAsync("东坡村党支部"), villages[0]);
        await LinkHostAsync(await Client.RegisterVillageAsync("坪头村党支部"), villages[2]);
        var joint = await Client.RegisterOrganizationAsync("坪头镇非公企业联合党支部", kind: "Joint");
        await (await Client.PutAsJsonAsync($"/api/organizations/{joint}/covered-units", new { unitIds = new[] { firms[1] } })).OkJsonAsync();

        var coverage = await Client.GetJsonAsync("/api/organizations/units/coverage");
        var qianhe = await Client.GetJsonAsync("/api/organizations/units/coverage?township=千河镇");

        var byCategory = coverage.GetProperty("categories").EnumerateArray().ToDictionary(c => c.GetProperty("category").GetString()!);
        AssertCoverage(byCategory["Village"], 3, 2, 0.6667m);
        AssertCoverage(byCategory["PrivateEnterprise"], 2, 1, 0.5m);
        AssertCoverage(byCategory["School"], 1, 0, 0m);
        AssertCoverage(byCategory["Community"], 0, 0, null);
        Assert.Equal(10, byCategory.Count); // every category, with zeros
        AssertCoverage(coverage, 6, 3, 0.5m);
        AssertCoverage(qianhe, 4, 1, 0.25m);
    }

    [Fact]
    public async Task Unit_with_three_full_members_and_no_organization_is_unestablished_required()
    {
        var three = await Client.RegisterUnitAsync("千河物流公司");
        var two = await Client.RegisterUnitAsync("千河超市");
        var fiveWithBranch = await Client.RegisterUnitAsync("千河机械厂");
        var fourInJoint = await Client.RegisterUnitAsync("千河茶社", "Cooperative");
        await LinkHostAsync(await Client.RegisterOrganizationAsync("千河机械厂党支部"), fiveWithBranch);
        var joint = await Client.RegisterOrganizationAsync("千河联合党支部", kind: "Joint");
        await (await Client.PutAsJsonAsync($"/api/organizations/{joint}/covered-units", new { unitIds = new[] { fourInJoint } })).OkJsonAsync();
        await using var members = await TestBus<UnitMembershipCounted>.StartAsync(TestEnvironment.AmqpUrl);

        foreach (var (unit, full) in new[] { (three, 3), (two, 2), (fiveWithBranch, 5), (fourInJoint, 4) })
        {
            await members.PublishAsync(new UnitMembershipCounted(_county, Guid.NewGuid(), DateTimeOffset.UtcNow, unit, full));
        }

        await WaitForFullMembersAsync(three, 3);
        await WaitForFullMembersAsync(two, 2);
        await WaitForFullMembersAsync(fiveWithBranch, 5);
        await WaitForFullMembersAsync(fourInJoint, 4);
        var unestablished = await Client.GetJsonAsync("/api/organizations/units/unestablished");

        Assert.Equal(3, unestablished.GetProperty("minFullMembers").GetInt32());
        Assert.Equal(1, unestablished.GetProperty("unestablishedRequiredCount").GetInt32());
        var named = Assert.Single(unestablished.GetProperty("units").EnumerateArray());
        Assert.Equal(three, named.GetProperty("id").GetGuid());
        Assert.False(named.GetProperty("hasOrganization").GetBoolean());
    }

    [Fact]
    public async Task Unestablished_required_finds_nothing_until_member_counts_arrive()
    {
        var unit = await Client.RegisterUnitAsync("坪头建筑公司", township: "坪头镇");

        var before = await Client.GetJsonAsync("/api/organizations/units/unestablished");
        await using var members = await TestBus<UnitMembershipCounted>.StartAsync(TestEnvironment.AmqpUrl);
        await members.PublishAsync(new UnitMembershipCounted(_county, Guid.NewGuid(), DateTimeOffset.UtcNow, unit, 4));
        var after = await Eventually.WaitAsync(
            () => Client.GetJsonAsync("/api/organizations/units/unestablished?township=坪头镇"),
            u => u.GetProperty("unestablishedRequiredCount").GetInt32() == 1, Delivery, "the unit's count arrives");
        var elsewhere = await Client.GetJsonAsync("/api/organizations/units/unestablished?township=千河镇");

        Assert.Equal(0, before.GetProperty("unestablishedRequiredCount").GetInt32());
        Assert.Empty(before.GetProperty("units").EnumerateArray());
        Assert.Equal(unit, Assert.Single(after.GetProperty("units").EnumerateArray()).GetProperty("id").GetGuid());
        Assert.Equal(0, elsewhere.GetProperty("unestablishedRequiredCount").GetInt32());
    }

    private static void AssertCoverage(JsonElement coverage, int units, int withOrganization, decimal? rate)
    {
        Assert.Equal(units, coverage.GetProperty("units").GetInt32());
        Assert.Equal(withOrganization, coverage.GetProperty("withOrganization").GetInt32());
        Assert.Equal(rate, coverage.GetProperty("rate").ValueKind == JsonValueKind.Null ? null : coverage.GetProperty("rate").GetDecimal());
    }

    private async Task LinkHostAsync(Guid organization, Guid unit) =>
        await (await Client.PutAsJsonAsync($"/api/organizations/{organization}/host-unit", new { unitId = unit })).OkJsonAsync();

    private Task<JsonElement> WaitForFullMembersAsync(Guid unit, int full) =>
        Eventually.WaitAsync(
            () => Client.GetJsonAsync($"/api/organizations/units/{unit}"),
            u => u.GetProperty("fullMemberCount").GetInt32() == full, Delivery, $"unit {unit} counts {full} full members");
}
