using Cloud.Organizations.Domain;
using Cloud.Organizations.Domain.Advisories;

namespace Cloud.Organizations.Tests;

/// <summary>The advisory rules on their own (the API tests run them against PostgreSQL); each test is named for its rule.</summary>
public sealed class OrganizationAdvisoriesTests
{
    private static readonly DateOnly Today = new(2026, 11, 22);
    private static readonly AdvisoryThresholds Defaults = new();

    private static OrganizationFacts Branch(int? full = 5, int? total = 6, bool committee = false) =>
        new(Guid.NewGuid(), OrganizationType.Branch, OrganizationDomain.Community, OrganizationStatus.Active, full, total, committee, false, null, null);

    private static string[] Codes(OrganizationFacts facts, AdvisoryThresholds? limits = null) =>
        [.. OrganizationAdvisories.For(facts, limits ?? Defaults, Today).Select(a => a.Code)];

    [Fact]
    public void Branch_with_fewer_than_three_full_members_is_advised_a_joint_branch()
    {
        Assert.Contains(OrganizationAdvisories.FewFullMembersSuggestJointBranch, Codes(Branch(full: 2, total: 4)));
        Assert.DoesNotContain(OrganizationAdvisories.FewFullMembersSuggestJointBranch, Codes(Branch(full: 3, total: 3)));
    }

    [Fact]
    public void Branch_over_fifty_members_is_advised_a_general_branch()
    {
        Assert.Contains(OrganizationAdvisories.OverFiftyMembersSuggestGeneralBranch, Codes(Branch(full: 45, total: 51, committee: true)));
        Assert.DoesNotContain(OrganizationAdvisories.OverFiftyMembersSuggestGeneralBranch, Codes(Branch(full: 45, total: 50, committee: true)));
    }

    [Fact]
    public void Seven_full_members_without_committee_is_advised()
    {
        Assert.Contains(OrganizationAdvisories.SevenFullMembersWithoutCommittee, Codes(Branch(full: 7, total: 8)));
        Assert.DoesNotContain(OrganizationAdvisories.SevenFullMembersWithoutCommittee, Codes(Branch(full: 7, total: 8, committee: true)));
        Assert.DoesNotContain(OrganizationAdvisories.SevenFullMembersWithoutCommittee, Codes(Branch(full: 6, total: 9)));
    }

    [Fact]
    public void Village_organization_with_a_hundred_members_may_become_a_committee()
    {
        var village = Branch(full: 95, total: 100, committee: true) with { Domain = OrganizationDomain.Village, Type = OrganizationType.GeneralBranch };

        Assert.Contains(OrganizationAdvisories.VillageOrganizationMayBecomeCommittee, Codes(village));
        Assert.DoesNotContain(OrganizationAdvisories.VillageOrganizationMayBecomeCommittee, Codes(village with { TotalMembers = 99 }));
        Assert.DoesNotContain(OrganizationAdvisories.VillageOrganizationMayBecomeCommittee, Codes(village with { Type = OrganizationType.PrimaryCommittee }));
    }

    [Fact]
    public void Overdue_term_is_advised()
    {
        var advisories = OrganizationAdvisories.For(Branch() with { TermOverdue = true, TermPlannedEndOn = new DateOnly(2026, 3, 1) }, Defaults, Today).ToList();

        var overdue = Assert.Single(advisories, a => a.Code == OrganizationAdvisories.TermOverdue);
        Assert.Contains("2026-03-01", overdue.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Secretary_vacant_more_than_the_county_days_is_advised()
    {
        var vacant = Branch() with { SecretaryVacantSince = Today.AddDays(-91) };

        Assert.Contains(OrganizationAdvisories.SecretaryVacantTooLong, Codes(vacant));
        Assert.DoesNotContain(OrganizationAdvisories.SecretaryVacantTooLong, Codes(vacant with { SecretaryVacantSince = Today.AddDays(-90) }));
        Assert.DoesNotContain(OrganizationAdvisories.SecretaryVacantTooLong, Codes(vacant, Defaults with { SecretaryVacancyAdvisoryDays = 120 }));
    }

    [Fact]
    public void Unknown_member_counts_advise_nothing()
    {
        Assert.Empty(Codes(Branch(full: null, total: null)));
    }

    [Fact]
    public void County_thresholds_replace_the_defaults()
    {
        var limits = Defaults with { JointBranchBelowFullMembers = 4, GeneralBranchAboveMembers = 40 };

        Assert.Contains(OrganizationAdvisories.FewFullMembersSuggestJointBranch, Codes(Branch(full: 3, total: 3), limits));
        Assert.Contains(OrganizationAdvisories.OverFiftyMembersSuggestGeneralBranch, Codes(Branch(full: 30, total: 41, committee: true), limits));
    }

    [Fact]
    public void Dissolved_organizations_and_the_county_committee_are_not_advised()
    {
        var weak = Branch(full: 1, total: 1) with { SecretaryVacantSince = Today.AddYears(-1), TermOverdue = true };

        Assert.Empty(Codes(weak with { Status = OrganizationStatus.Dissolved }));
        Assert.Empty(Codes(weak with { Type = OrganizationType.CountyCommittee }));
    }
}
