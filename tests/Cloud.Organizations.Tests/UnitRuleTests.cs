using Cloud.Organizations.Domain;
using Cloud.Organizations.Domain.Units;

namespace Cloud.Organizations.Tests;

/// <summary>The unit rules on their own, without a database: O1, O3, the latest count, the coverage rate.</summary>
public sealed class UnitRuleTests
{
    private static readonly DateTimeOffset Now = DateTimeOffset.UtcNow;

    [Theory]
    [InlineData(2, false, false)]
    [InlineData(3, false, true)]
    [InlineData(30, false, true)]
    [InlineData(3, true, false)]
    public void Three_full_members_without_an_organization_is_unestablished_required(int fullMembers, bool hasOrganization, bool required) =>
        Assert.Equal(required, UnestablishedRequiredRule.IsUnestablishedRequired(fullMembers, hasOrganization, minFullMembers: 3));

    [Fact]
    public void Unestablished_threshold_is_a_default_a_county_may_change() =>
        Assert.True(UnestablishedRequiredRule.IsUnestablishedRequired(2, hasOrganization: false, minFullMembers: 2));

    [Fact]
    public void Joint_branch_counts_its_host_unit_once_among_five()
    {
        var joint = Organization.Register("联合党支部", OrganizationType.Branch, null, Now, BranchKind.Joint);
        Guid[] five = [Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid()];

        Assert.Null(JointBranchCoversAtMostFiveUnits.Check(joint, five, hostUnitId: null));
        Assert.Null(JointBranchCoversAtMostFiveUnits.Check(joint, five, hostUnitId: five[0]));
        Assert.Equal("unitIds", JointBranchCoversAtMostFiveUnits.Check(joint, five, hostUnitId: Guid.NewGuid())?.Field);
        Assert.Null(JointBranchCoversAtMostFiveUnits.Check(Organization.Register("支部", OrganizationType.Branch, null, Now), [], Guid.NewGuid()));
        Assert.NotNull(JointBranchCoversAtMostFiveUnits.Check(Organization.Register("支部", OrganizationType.Branch, null, Now), [five[0]], null));
    }

    [Fact]
    public void An_equally_old_count_changes_nothing()
    {
        var count = OrganizationMemberCount.Counted(Guid.NewGuid(), 5, 1, Now);

        Assert.False(count.Record(9, 9, Now));
        Assert.False(count.Record(9, 9, Now.AddSeconds(-1)));
        Assert.True(count.Record(6, 0, Now.AddSeconds(1)));
        Assert.Equal((6, 0, 6), (count.FullMembers, count.ProbationaryMembers, count.Total));
    }

    [Fact]
    public void A_units_first_count_is_always_taken()
    {
        var unit = HostUnit.Register("东坡村", UnitCategory.Village, " 千河镇 ", null, Now);

        Assert.True(unit.RecordFullMembers(4, Now.AddYears(-1)));
        Assert.Equal(4, unit.FullMemberCount);
        Assert.Equal("千河镇", unit.Township);
    }

    [Theory]
    [InlineData(2, 3, "0.6667")]
    [InlineData(0, 4, "0")]
    [InlineData(4, 4, "1")]
    public void Coverage_rate_is_a_share_to_four_places(int withOrganization, int units, string rate) =>
        Assert.Equal(decimal.Parse(rate, System.Globalization.CultureInfo.InvariantCulture), CoverageRate.Of(withOrganization, units));

    [Fact]
    public void No_units_have_no_coverage_rate() => Assert.Null(CoverageRate.Of(0, 0));
}
