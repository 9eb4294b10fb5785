using Cloud.Organizations.Domain;

namespace Cloud.Organizations.Tests;

/// <summary>The whole parent matrix of <see cref="AllowedParentRule"/>, without a database.</summary>
public sealed class AllowedParentRuleTests
{
    private static readonly DateTimeOffset Now = DateTimeOffset.UtcNow;

    [Theory]
    [InlineData(OrganizationType.PrimaryCommittee, null, true)]
    [InlineData(OrganizationType.PrimaryCommittee, OrganizationType.CountyCommittee, true)]
    [InlineData(OrganizationType.PrimaryCommittee, OrganizationType.PrimaryCommittee, true)]
    [InlineData(OrganizationType.PrimaryCommittee, OrganizationType.GeneralBranch, false)]
    [InlineData(OrganizationType.PrimaryCommittee, OrganizationType.Branch, false)]
    [InlineData(OrganizationType.GeneralBranch, null, true)]
    [InlineData(OrganizationType.GeneralBranch, OrganizationType.CountyCommittee, true)]
    [InlineData(OrganizationType.GeneralBranch, OrganizationType.PrimaryCommittee, true)]
    [InlineData(OrganizationType.GeneralBranch, OrganizationType.GeneralBranch, false)]
    [InlineData(OrganizationType.GeneralBranch, OrganizationType.Branch, false)]
    [InlineData(OrganizationType.Branch, null, true)]
    [InlineData(OrganizationType.Branch, OrganizationType.CountyCommittee, true)]
    [InlineData(OrganizationType.Branch, OrganizationType.PrimaryCommittee, true)]
    [InlineData(OrganizationType.Branch, OrganizationType.GeneralBranch, true)]
    [InlineData(OrganizationType.Branch, OrganizationType.Branch, false)]
    [InlineData(OrganizationType.PartyGroup, null, false)]
    [InlineData(OrganizationType.PartyGroup, OrganizationType.CountyCommittee, false)]
    [InlineData(OrganizationType.PartyGroup, OrganizationType.PrimaryCommittee, false)]
    [InlineData(OrganizationType.PartyGroup, OrganizationType.GeneralBranch, false)]
    [InlineData(OrganizationType.PartyGroup, OrganizationType.Branch, true)]
    [InlineData(OrganizationType.CountyCommittee, null, true)]
    [InlineData(OrganizationType.CountyCommittee, OrganizationType.PrimaryCommittee, false)]
    public void Each_type_sits_only_under_its_allowed_parents(OrganizationType type, OrganizationType? parentType, bool allowed)
    {
        var parent = parentType is { } p ? Organization.Register("上级", p, null, Now) : null;

        var violation = AllowedParentRule.Check(type, parent);

        Assert.Equal(allowed, violation is null);
        Assert.True(violation is null || violation.Field == "parentId");
    }

    [Theory]
    [InlineData(OrganizationType.PartyGroup)]
    [InlineData(OrganizationType.Branch)]
    [InlineData(OrganizationType.GeneralBranch)]
    [InlineData(OrganizationType.PrimaryCommittee)]
    public void Nothing_under_a_party_group_whatever_its_type(OrganizationType type)
    {
        var branch = Organization.Register("支部", OrganizationType.Branch, null, Now);
        var group = Organization.Register("党小组", OrganizationType.PartyGroup, branch, Now);

        Assert.NotNull(AllowedParentRule.Check(type, group));
    }

    [Fact]
    public void Dissolved_parent_takes_no_children()
    {
        var committee = Organization.Register("党委", OrganizationType.PrimaryCommittee, null, Now);
        committee.Dissolve();

        Assert.Equal("parentId", AllowedParentRule.Check(OrganizationType.Branch, committee)?.Field);
    }

    [Fact]
    public void Path_runs_from_the_top_down_to_the_organization()
    {
        var committee = Organization.Register("党委", OrganizationType.PrimaryCommittee, null, Now);
        var branch = Organization.Register("支部", OrganizationType.Branch, committee, Now);
        var group = Organization.Register("党小组", OrganizationType.PartyGroup, branch, Now);

        Assert.Equal($"{committee.Id:N}.{branch.Id:N}.{group.Id:N}", group.Path);
        Assert.Equal(BranchKind.Standard, branch.Kind);
        Assert.Null(group.Kind);
    }
}
