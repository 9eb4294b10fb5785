using Cloud.Organizations.Domain;
using Cloud.Organizations.Domain.Ratings;

namespace Cloud.Organizations.Tests;

/// <summary>The rating rules on their own, without a database: scales, upgrades, overdue rectification, overlaps.</summary>
public sealed class RatingRuleTests
{
    private static readonly DateTimeOffset Now = DateTimeOffset.UtcNow;

    [Theory]
    [InlineData(3, 4, true, false)]
    [InlineData(4, 3, false, true)]
    [InlineData(4, 4, false, false)]
    [InlineData(null, 5, false, false)]
    public void More_stars_is_an_upgrade(int? previous, int? current, bool upgrade, bool downgrade)
    {
        Assert.Equal(upgrade, VillageRatingScale.IsStarUpgrade(previous, current));
        Assert.Equal(downgrade, VillageRatingScale.IsStarDowngrade(previous, current));
    }

    [Theory]
    [InlineData(3, 2, true, false)]
    [InlineData(1, 2, false, true)]
    [InlineData(2, 2, false, false)]
    [InlineData(2, null, false, false)]
    public void A_lower_grade_number_is_an_upgrade(int? previous, int? current, bool upgrade, bool downgrade)
    {
        Assert.Equal(upgrade, VillageRatingScale.IsGradeUpgrade(previous, current));
        Assert.Equal(downgrade, VillageRatingScale.IsGradeDowngrade(previous, current));
    }

    [Fact]
    public void Rating_is_for_village_domain_only()
    {
        Assert.Null(RatingOnlyForVillageOrganizations.Check(Organization.Register("村支部", OrganizationType.Branch, null, Now, domain: OrganizationDomain.Village)));
        Assert.NotNull(RatingOnlyForVillageOrganizations.Check(Organization.Register("社区支部", OrganizationType.Branch, null, Now, domain: OrganizationDomain.Community)));
    }

    [Fact]
    public void A_flag_is_overdue_after_its_deadline_until_rectified()
    {
        var flag = WeakOrganizationFlag.Flag(Guid.NewGuid(), new DateOnly(2025, 1, 1), new DateOnly(2025, 6, 30), null, Now);

        Assert.False(flag.IsOverdueOn(new DateOnly(2025, 6, 30)));
        Assert.True(flag.IsOverdueOn(new DateOnly(2025, 7, 1)));
        flag.Rectify(new DateOnly(2025, 8, 1));
        Assert.True(flag.IsOverdueOn(new DateOnly(2025, 7, 31)));
        Assert.False(flag.IsOverdueOn(new DateOnly(2025, 8, 1)));
        Assert.False(flag.IsOverdueOn(new DateOnly(2024, 12, 31))); // not yet flagged
        Assert.False(flag.IsOpen);
    }

    [Fact]
    public void Open_ended_periods_overlap_everything_after_them()
    {
        var site = DemonstrationSite.Designate(Guid.NewGuid(), Guid.NewGuid(), 2020, null, Now);
        var pairing = PairingAssistance.Pair(Guid.NewGuid(), Guid.NewGuid(), new DateOnly(2024, 1, 1), new DateOnly(2024, 12, 31), Now);

        Assert.True(site.Overlaps(2030, 2031));
        Assert.False(site.Overlaps(2018, 2019));
        Assert.True(pairing.Overlaps(new DateOnly(2024, 12, 31), null));
        Assert.False(pairing.Overlaps(new DateOnly(2025, 1, 1), null));
    }
}
