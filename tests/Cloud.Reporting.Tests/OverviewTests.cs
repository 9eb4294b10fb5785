using Cloud.Contracts.Organizations;
using Cloud.Reporting.Api;
using Cloud.Testing;

namespace Cloud.Reporting.Tests;

/// <summary>
/// The county overview counts grassroots organizations from the service's copy of the tree, within the caller's org scope.
/// (How the copy follows the events is tested with the building blocks, in Cloud.Persistence.Tests.)
/// </summary>
public sealed class OverviewTests(ReportingHost host) : IClassFixture<ReportingHost>
{
    private static readonly TimeSpan Arrival = ReportingHost.Arrival;
    private readonly OrganizationTreeEvents _tree = host.TreeOf(Counties.New());

    private string County => _tree.County;

    private IServiceProvider Services => host.Service.Services;

    [Fact]
    public async Task The_county_committee_is_not_counted_as_a_grassroots_organization()
    {
        var committee = await _tree.RegisterAsync("中共测试县委员会", "CountyCommittee");
        var township = await _tree.RegisterAsync("中共测试县城关镇委员会", "PrimaryCommittee");
        await _tree.WaitUntilKnownAsync(Services, committee, township);

        var overview = await OverviewAsync(TestTokens.CountyAdmin(County));
        Assert.Equal(1, overview.OrganizationCount);
        Assert.False(overview.OrganizationsByType.ContainsKey("CountyCommittee"));
    }

    [Fact]
    public async Task A_moved_branch_is_counted_in_its_new_township()
    {
        var qianheNode = await _tree.RegisterAsync("中共千河镇委员会", "PrimaryCommittee");
        var pingtouNode = await _tree.RegisterAsync("中共坪头镇委员会", "PrimaryCommittee");
        var villageNode = await _tree.RegisterAsync("东坡村党支部", "Branch", qianheNode);
        var groupNode = await _tree.RegisterAsync("第一党小组", "PartyGroup", villageNode);
        await _tree.WaitUntilKnownAsync(Services, qianheNode, pingtouNode, villageNode, groupNode);
        var (qianhe, pingtou, village) = (qianheNode.Id, pingtouNode.Id, villageNode.Id);

        var newPath = $"{pingtouNode.Path}.{village:N}";
        await _tree.PublishAsync(new OrganizationMoved(County, Guid.NewGuid(), DateTimeOffset.UtcNow, village, qianhe, pingtou, villageNode.Path, newPath, new DateOnly(2026, 1, 1)));
        await Eventually.WaitAsync(() => _tree.ContainsAsync(Services, pingtou, village), inside => inside, Arrival, "the branch moves");

        Assert.Equal(2, (await OverviewAsync(TestTokens.Scoped(County, pingtou))).OrganizationCount); // itself and the branch; its party group is no organization of its own
        Assert.Equal(1, (await OverviewAsync(TestTokens.Scoped(County, qianhe))).OrganizationCount);
    }

    [Fact]
    public async Task A_dissolved_organization_is_no_longer_counted()
    {
        var townshipNode = await _tree.RegisterAsync("中共千河镇委员会", "PrimaryCommittee");
        var branchNode = await _tree.RegisterAsync("东坡村党支部", "Branch", townshipNode);
        await _tree.WaitUntilKnownAsync(Services, townshipNode, branchNode);

        await _tree.PublishAsync(new OrganizationDissolved(County, Guid.NewGuid(), DateTimeOffset.UtcNow, branchNode.Id, "Dissolved", new DateOnly(2026, 1, 1)));

        var overview = await Eventually.WaitAsync(() => OverviewAsync(TestTokens.CountyAdmin(County)), o => o.OrganizationCount == 1, Arrival, "the dissolved branch drops out");
        Assert.False(overview.OrganizationsByType.ContainsKey("Branch"));
    }

    private Task<CountyOverview> OverviewAsync(string token) => host.OverviewAsync(token);
}
