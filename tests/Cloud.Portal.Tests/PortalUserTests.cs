using System.Security.Claims;
using Cloud.Portal.Auth;

namespace Cloud.Portal.Tests;

public sealed class PortalUserTests
{
    [Fact]
    public void A_county_administrator_may_read_and_manage_everything_in_the_county()
    {
        var user = User("CountyAdmin", county: "610304");

        Assert.True(user.CanReadCounty);
        Assert.True(user.CanManageOrganizations);
        Assert.True(user.CanManageMembers);
        Assert.True(user.CanManageUsers);
    }

    [Fact]
    public void An_auditor_reads_but_changes_nothing()
    {
        var user = User("Auditor", county: "610304");

        Assert.True(user.CanReadCounty);
        Assert.False(user.CanManageOrganizations);
        Assert.False(user.CanManageMembers);
        Assert.False(user.CanManageUsers);
    }

    [Fact]
    public void A_branch_secretary_manages_members_but_not_the_tree()
    {
        var user = User("BranchSecretary", county: "610304");

        Assert.True(user.CanManageMembers);
        Assert.False(user.CanManageOrganizations);
    }

    [Fact]
    public void A_county_role_without_a_county_counts_for_nothing()
    {
        var user = User("CountyAdmin", county: null);

        Assert.False(user.CanReadCounty);
        Assert.False(user.CanManageUsers);
    }

    [Fact]
    public void A_member_sees_only_their_own_record()
    {
        var memberId = Guid.NewGuid();
        var user = User("Member", county: "610304", memberId: memberId);

        Assert.True(user.IsMember);
        Assert.False(user.CanReadCounty);
        Assert.Equal(memberId, user.MemberId);
    }

    private static PortalUser User(string role, string? county, Guid? memberId = null)
    {
        var identity = new ClaimsIdentity("test", "name", "role");
        identity.AddClaim(new Claim("role", role));
        identity.AddClaim(new Claim("name", "测试用户"));
        if (county is not null)
        {
            identity.AddClaim(new Claim("tenant", county));
        }

        if (memberId is not null)
        {
            identity.AddClaim(new Claim("member_id", memberId.Value.ToString()));
        }

        return new PortalUser(new ClaimsPrincipal(identity));
    }
}
