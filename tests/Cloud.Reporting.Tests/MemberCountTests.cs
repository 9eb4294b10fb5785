using Cloud.Contracts.Members;
using Cloud.Contracts.Organizations;
using Cloud.Reporting.Api;
using Cloud.ServiceDefaults.Auth;
using Cloud.Testing;

namespace Cloud.Reporting.Tests;

/// <summary>
/// 党员总数 in the overview, from the Members service's counts per organization through RabbitMQ: the latest count
/// wins, each event counts once, and a caller sees the members of its own subtree and county only.
/// </summary>
public sealed class MemberCountTests(ReportingHost host) : IClassFixture<ReportingHost>
{
    private static readonly DateTimeOffset Earlier = new(2026, 3, 1, 8, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset Later = new(2026, 6, 1, 8, 0, 0, TimeSpan.Zero);
    private readonly OrganizationTreeEvents _tree = host.TreeOf(Counties.New());

    private string County => _tree.County;

    private string CountyAdmin => TestTokens.CountyAdmin(County);

    [Fact]
    public async Task Member_counts_show_in_the_overview_beside_the_organizations()
    {
        var township = await _tree.RegisterAsync("中共千河镇委员会", "PrimaryCommittee");
        var branch = await _tree.RegisterAsync("东坡村党支部", "Branch", township);
        await _tree.WaitUntilKnownAsync(host.Service.Services, township, branch);

        await CountAsync(township.Id, 2, 0, Earlier);
        await CountAsync(branch.Id, 9, 3, Earlier);

        var overview = await WaitForMembersAsync(CountyAdmin, 14);
        Assert.Equal((14, 11, 3), (overview.MemberCount, overview.FullMemberCount, overview.ProbationaryMemberCount));
        Assert.Equal(2, overview.OrganizationCount);
    }

    [Fact]
    public async Task A_redelivered_count_is_applied_once()
    {
        var branch = await _tree.RegisterAsync("坪头村党支部", "Branch");
        var marker = await _tree.RegisterAsync("坪头镇机关党支部", "Branch");
        await _tree.WaitUntilKnownAsync(host.Service.Services, branch, marker);
        var counted = new OrganizationMembershipCounted(County, Guid.NewGuid(), Earlier, branch.Id, 5, 1);

        await _tree.PublishAsync(counted);
        await WaitForMembersAsync(CountyAdmin, 6);
        await _tree.PublishAsync(counted); // redelivered
        await _tree.PublishAsync(counted with { OccurredAt = Later, FullMembers = 50 }); // the same event id again, even altered
        await CountAsync(marker.Id, 7, 0, Later);
        await WaitForMembersAsync(CountyAdmin, 13); // the marker, published last, is consumed
        await Task.Delay(TimeSpan.FromSeconds(1)); // messages consumed concurrently settle

        var overview = await host.OverviewAsync(CountyAdmin);
        Assert.Equal((13, 12, 1), (overview.MemberCount, overview.FullMemberCount, overview.ProbationaryMemberCount));
        Assert.Equal(2, await host.ProcessedAsync<OrganizationMembershipCounted>(County));
    }

    [Fact]
    public async Task A_late_older_count_does_not_overwrite_a_newer_one()
    {
        var branch = await _tree.RegisterAsync("西坡村党支部", "Branch");
        await _tree.WaitUntilKnownAsync(host.Service.Services, branch);

        await CountAsync(branch.Id, 10, 2, Later);
        await WaitForMembersAsync(CountyAdmin, 12);
        await CountAsync(branch.Id, 3, 0, Earlier); // delivered late
        await Eventually.WaitAsync(() => host.ProcessedAsync<OrganizationMembershipCounted>(County), n => n == 2, ReportingHost.Arrival, "the late count is consumed");

        var overview = await host.OverviewAsync(CountyAdmin);
        Assert.Equal((12, 10, 2), (overview.MemberCount, overview.FullMemberCount, overview.ProbationaryMemberCount));
    }

    [Fact]
    public async Task A_township_admin_sees_the_members_of_its_subtree_only()
    {
        var qianhe = await _tree.RegisterAsync("中共千河镇委员会", "PrimaryCommittee");
        var dongpo = await _tree.RegisterAsync("东坡村党支部", "Branch", qianhe);
        var pingtou = await _tree.RegisterAsync("中共坪头镇委员会", "PrimaryCommittee");
        var xipo = await _tree.RegisterAsync("西坡村党支部", "Branch", pingtou);
        await _tree.WaitUntilKnownAsync(host.Service.Services, qianhe, dongpo, pingtou, xipo);

        await CountAsync(qianhe.Id, 1, 0, Earlier);
        await CountAsync(dongpo.Id, 4, 1, Earlier);
        await CountAsync(xipo.Id, 6, 0, Earlier);
        await WaitForMembersAsync(CountyAdmin, 12);

        var qianheOverview = await host.OverviewAsync(TestTokens.Scoped(County, qianhe.Id));
        var dongpoOverview = await host.OverviewAsync(TestTokens.Scoped(County, dongpo.Id, CloudRoles.BranchSecretary));
        Assert.Equal((6, 5, 1), (qianheOverview.MemberCount, qianheOverview.FullMemberCount, qianheOverview.ProbationaryMemberCount));
        Assert.Equal(6, (await host.OverviewAsync(TestTokens.Scoped(County, pingtou.Id))).MemberCount);
        Assert.Equal((5, 4, 1), (dongpoOverview.MemberCount, dongpoOverview.FullMemberCount, dongpoOverview.ProbationaryMemberCount));
    }

    [Fact]
    public async Task Counts_of_another_county_never_appear()
    {
        var otherTree = host.TreeOf(Counties.New());
        var branch = await _tree.RegisterAsync("东坡村党支部", "Branch");
        var otherBranch = await otherTree.RegisterAsync("城关社区党支部", "Branch");
        await _tree.WaitUntilKnownAsync(host.Service.Services, branch);
        await otherTree.WaitUntilKnownAsync(host.Service.Services, otherBranch);

        await CountAsync(branch.Id, 3, 0, Earlier);
        // The other county counts members of its own branch, and (wrongly or not) of an organization id known here.
        await otherTree.PublishAsync(new OrganizationMembershipCounted(otherTree.County, Guid.NewGuid(), Later, otherBranch.Id, 8, 1));
        await otherTree.PublishAsync(new OrganizationMembershipCounted(otherTree.County, Guid.NewGuid(), Later, branch.Id, 30, 0));
        await Eventually.WaitAsync(() => host.ProcessedAsync<OrganizationMembershipCounted>(otherTree.County), n => n == 2, ReportingHost.Arrival, "the other county's counts are consumed");
        await WaitForMembersAsync(CountyAdmin, 3);

        var here = await host.OverviewAsync(CountyAdmin);
        var there = await host.OverviewAsync(TestTokens.CountyAdmin(otherTree.County));
        Assert.Equal((3, 3, 0), (here.MemberCount, here.FullMemberCount, here.ProbationaryMemberCount));
        Assert.Equal((9, 8, 1), (there.MemberCount, there.FullMemberCount, there.ProbationaryMemberCount));
    }

    [Fact]
    public async Task Members_of_an_organization_outside_the_tree_copy_or_dissolved_are_not_counted()
    {
        var branch = await _tree.RegisterAsync("东坡村党支部", "Branch");
        await _tree.WaitUntilKnownAsync(host.Service.Services, branch);
        var notYetHere = Guid.NewGuid();

        await CountAsync(branch.Id, 4, 0, Earlier);
        await CountAsync(notYetHere, 5, 1, Earlier);
        await Eventually.WaitAsync(() => host.ProcessedAsync<OrganizationMembershipCounted>(County), n => n == 2, ReportingHost.Arrival, "both counts are consumed");
        Assert.Equal(4, (await host.OverviewAsync(CountyAdmin)).MemberCount);

        // The count was kept: it shows once its organization reaches the tree copy.
        await _tree.PublishAsync(new OrganizationRegistered(County, Guid.NewGuid(), DateTimeOffset.UtcNow, notYetHere, "西坡村党支部", "Branch", null));
        await WaitForMembersAsync(CountyAdmin, 10);
        await _tree.PublishAsync(new OrganizationDissolved(County, Guid.NewGuid(), DateTimeOffset.UtcNow, branch.Id, "Dissolved", new DateOnly(2026, 6, 1)));
        var overview = await WaitForMembersAsync(CountyAdmin, 6);
        Assert.Equal((5, 1), (overview.FullMemberCount, overview.ProbationaryMemberCount));
    }

    private Task CountAsync(Guid organization, int full, int probationary, DateTimeOffset at) =>
        _tree.PublishAsync(new OrganizationMembershipCounted(County, Guid.NewGuid(), at, organization, full, probationary));

    private Task<CountyOverview> WaitForMembersAsync(string token, int members) =>
        Eventually.WaitAsync(() => host.OverviewAsync(token), o => o.MemberCount == members, ReportingHost.Arrival, $"the overview counts {members} members");
}
