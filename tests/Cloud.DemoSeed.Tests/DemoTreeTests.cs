using Cloud.DemoSeed;
using Cloud.Organizations.Api;
using Cloud.Organizations.Domain;

namespace Cloud.DemoSeed.Tests;

public sealed class DemoTreeTests
{
    private static readonly IReadOnlyList<DemoOrganization> Tree = DemoTree.Organizations;
    private static readonly IReadOnlyList<DemoMember> Members = DemoMembers.Generate(new DateOnly(2026, 11, 22));

    [Fact]
    public void The_tree_has_seed_004s_six_committees_twenty_general_branches_and_160_branches_under_the_county_committee()
    {
        var byType = Tree.GroupBy(o => o.Type).ToDictionary(g => g.Key, g => g.Count());

        Assert.Equal(6, byType["PrimaryCommittee"]);
        Assert.Equal(20, byType["GeneralBranch"]);
        Assert.Equal(160, byType["Branch"]);
        Assert.Equal(2, byType["PartyGroup"]);
        Assert.Equal(4, byType.Count);
        Assert.Equal(Tree.Count, Tree.Select(o => o.Name).Distinct().Count());
    }

    [Fact]
    public void Every_organization_sits_where_the_organizations_service_allows_and_its_request_is_valid()
    {
        var now = DateTimeOffset.UtcNow;
        var registered = new Dictionary<string, Organization>(StringComparer.Ordinal)
        {
            [DemoCounty.CommitteeName] = Organization.RegisterCountyCommittee(DemoCounty.DisplayName, now),
        };
        foreach (var o in Tree)
        {
            // Parents come before children, as the seed creates them level by level.
            var parent = registered[o.ParentName ?? DemoCounty.CommitteeName];
            var request = new RegisterOrganizationRequest(o.Name, o.Type, parent.Id, o.Kind, o.Domain, o.Township, null, o.Established, o.TemporaryTaskEndsOn);

            Assert.True(request.Validate(out _).IsValid, o.Name);
            Assert.Null(AllowedParentRule.Check(Enum.Parse<OrganizationType>(o.Type), parent));
            Assert.True(o.Established >= parent.EffectiveFrom, $"{o.Name} is established before its parent");
            Assert.True(o.ElectedOn is null || o.ElectedOn >= o.Established, $"{o.Name} elected before it was established");
            registered[o.Name] = Organization.Register(o.Name, Enum.Parse<OrganizationType>(o.Type), parent, now, establishedOn: o.Established);
        }
    }

    [Fact]
    public void Townships_and_the_district_are_named_as_a_county_names_them()
    {
        Assert.All(Tree.Where(o => o.Type != "PartyGroup"), o => Assert.Matches("^中共.+(委员会)$", o.Name));
        Assert.Contains(Tree, o => o.Name == "中共陈仓区千河镇委员会" && o.Type == "PrimaryCommittee");
        Assert.Contains(Tree, o => o.Name == "中共陈仓区虢镇街道工作委员会" && o.Type == "PrimaryCommittee");
        Assert.Contains(Tree, o => o.Name == "中共陈仓区千河镇南寨村第一支部委员会" && o.ParentName == "中共陈仓区千河镇南寨村总支部委员会");
        Assert.Equal(
            ["Building", "Grid", "Joint", "MobileMembers", "Standard", "Temporary"],
            Tree.Where(o => o.Type == "Branch").Select(o => o.Kind!).Distinct().Order(StringComparer.Ordinal));
        Assert.Superset(
            new HashSet<string> { "Village", "Community", "GovernmentOrgan", "PublicInstitution", "School", "PrivateEnterprise", "StateOwnedEnterprise", "SocialOrganization", "Cooperative", "Park" },
            Tree.Where(o => o.Type == "Branch").Select(o => o.Domain!).ToHashSet());
    }

    [Fact]
    public void The_special_cases_are_there_the_case_branch_the_vacancies_the_extension_and_the_users_scopes()
    {
        var names = Tree.Select(o => o.Name).ToHashSet(StringComparer.Ordinal);
        var caseBranch = Assert.Single(Tree, o => o.Name == DemoTree.CaseBranch);

        Assert.True(caseBranch.Committee);
        Assert.Equal(2, Tree.Count(o => o.ParentName == DemoTree.CaseBranch && o.Type == "PartyGroup"));
        Assert.Equal(DemoTree.CaseBranch, DemoTree.Extension.Organization);
        Assert.InRange(DemoTree.Vacancies.Count, 2, 5);
        Assert.All(DemoTree.Vacancies, v => Assert.NotNull(Assert.Single(Tree, o => o.Name == v.Organization).ElectedOn));
        Assert.All(DemoCounty.Users.Where(u => u.Scope is not null), u => Assert.Contains(u.Scope!, names));
        Assert.All(DemoTree.WithoutCommittee, n => Assert.False(Assert.Single(Tree, o => o.Name == n).Committee));
        Assert.Contains(Tree, o => o.Kind == "Temporary" && o.TemporaryTaskEndsOn is not null);
        Assert.Contains(DemoTree.Ratings, r => r.Organization == DemoTree.CaseBranch && r.Stars == 5);
        Assert.InRange(DemoTree.Ratings.Count, 30, 60);
    }

    [Fact]
    public void Every_branch_of_its_own_unit_is_that_units_host_and_unit_names_are_unique()
    {
        var units = Tree.Where(o => o.Unit is not null).Select(o => o.Unit!.Name).Concat(DemoInstitutions.Uncovered.Select(u => u.Name)).ToList();

        Assert.Equal(units.Count, units.Distinct().Count());
        Assert.InRange(Tree.Count(o => o.Unit is not null), 120, 187);
        Assert.InRange(DemoInstitutions.Uncovered.Count, 3, 10);
    }

    [Fact]
    public void Branches_hold_about_twenty_members_and_only_a_handful_pass_fifty()
    {
        var perBranch = Members.GroupBy(m => m.Organization).ToDictionary(g => g.Key, g => g.Count());
        var branches = Tree.Where(o => o.Type == "Branch").Select(o => o.Name).ToList();

        Assert.Equal(160, perBranch.Count);
        Assert.InRange(perBranch.Values.Average(), 19.0, 21.0);
        Assert.Equal(DemoTree.LargeBranches.Keys.Order(StringComparer.Ordinal), perBranch.Where(b => b.Value > 50).Select(b => b.Key).Order(StringComparer.Ordinal));
        Assert.All(branches, b => Assert.InRange(perBranch[b], 3, 70));
        var median = perBranch.Values.Order().ElementAt(80);
        Assert.InRange(median, 15, 24);
    }

    [Fact]
    public void Retired_cadres_branches_hold_retired_members()
    {
        var retiredBranches = Members.Where(m => m.Organization.Contains("离退休干部", StringComparison.Ordinal)).ToList();

        Assert.NotEmpty(retiredBranches);
        Assert.All(retiredBranches, m => Assert.Equal("Retired", m.EmploymentStatus));
    }
}
