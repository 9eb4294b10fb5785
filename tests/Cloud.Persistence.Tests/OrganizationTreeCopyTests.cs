using Cloud.Contracts.Organizations;
using Cloud.Persistence.Tests.Support;
using Cloud.Testing;
using Microsoft.EntityFrameworkCore;

namespace Cloud.Persistence.Tests;

/// <summary>
/// The org-scope mechanism of the building blocks: a service's copy of the tree follows the Organizations events, and
/// "is this organization within the caller's org_scope?" is answered from it.
/// </summary>
[Collection(BusFixture.Name)]
public sealed class OrganizationTreeCopyTests : IAsyncLifetime
{
    private static readonly TimeSpan Arrival = TimeSpan.FromSeconds(15);
    private readonly string _county = Counties.New();
    private PersistenceHost _host = null!;
    private TestBus<OrganizationRegistered> _publisher = null!;
    private OrganizationTreeEvents _tree = null!;

    public async Task InitializeAsync()
    {
        _host = await PersistenceHost.StartAsync();
        _publisher = await TestBus<OrganizationRegistered>.StartAsync(TestEnvironment.AmqpUrl);
        _tree = new OrganizationTreeEvents(_publisher, _county);
    }

    public async Task DisposeAsync()
    {
        await _publisher.DisposeAsync();
        await _host.DisposeAsync();
    }

    [Fact]
    public async Task A_moved_subtree_follows_into_the_new_scope()
    {
        var qianheNode = await _tree.RegisterAsync("中共千河镇委员会", "PrimaryCommittee");
        var pingtouNode = await _tree.RegisterAsync("中共坪头镇委员会", "PrimaryCommittee");
        var villageNode = await _tree.RegisterAsync("东坡村党支部", "Branch", qianheNode);
        var groupNode = await _tree.RegisterAsync("第一党小组", "PartyGroup", villageNode);
        await _tree.WaitUntilKnownAsync(_host.Services, qianheNode, pingtouNode, villageNode, groupNode);
        var (qianhe, pingtou, village, group) = (qianheNode.Id, pingtouNode.Id, villageNode.Id, groupNode.Id);
        Assert.True(await ContainsAsync(qianhe, group));
        Assert.False(await ContainsAsync(pingtou, group));

        var newPath = $"{pingtouNode.Path}.{village:N}";
        await _publisher.PublishAsync(new OrganizationMoved(_county, Guid.NewGuid(), DateTimeOffset.UtcNow, village, qianhe, pingtou, villageNode.Path, newPath, new DateOnly(2026, 1, 1)));
        await Eventually.WaitAsync(() => ContainsAsync(pingtou, group), inside => inside, Arrival, "the party group moves with its branch");

        Assert.False(await ContainsAsync(qianhe, group));
        Assert.False(await ContainsAsync(qianhe, village));
        Assert.True(await ContainsAsync(pingtou, village));
        var moved = await NodeAsync(village);
        Assert.Equal(pingtou, moved.ParentOrganizationId);
        Assert.Equal(newPath, moved.Path);
        Assert.Equal($"{newPath}.{group:N}", (await NodeAsync(group)).Path);
    }

    [Fact]
    public async Task A_dissolved_organization_is_marked_and_a_rename_is_kept()
    {
        var townshipNode = await _tree.RegisterAsync("中共千河镇委员会", "PrimaryCommittee");
        var branchNode = await _tree.RegisterAsync("东坡村党支部", "Branch", townshipNode);
        await _tree.WaitUntilKnownAsync(_host.Services, townshipNode, branchNode);
        var (township, branch) = (townshipNode.Id, branchNode.Id);

        await _publisher.PublishAsync(new OrganizationDissolved(_county, Guid.NewGuid(), DateTimeOffset.UtcNow, branch, "Dissolved", new DateOnly(2026, 1, 1)));
        await _publisher.PublishAsync(new OrganizationRenamed(_county, Guid.NewGuid(), DateTimeOffset.UtcNow, township, "中共千河镇委员会", "中共千河街道工作委员会", new DateOnly(2026, 1, 1)));

        var status = await Eventually.WaitAsync(async () => (await NodeAsync(branch)).Status, s => s != "Active", Arrival, "the dissolution arrives");
        Assert.Equal(Cloud.Persistence.OrganizationTree.OrganizationNode.Dissolved, status);
        var name = await Eventually.WaitAsync(async () => (await NodeAsync(township)).Name, n => n != "中共千河镇委员会", Arrival, "the rename arrives");
        Assert.Equal("中共千河街道工作委员会", name);
    }

    [Fact]
    public async Task Scope_of_another_county_contains_nothing()
    {
        var township = await _tree.RegisterAsync("中共千河镇委员会", "PrimaryCommittee");
        await _tree.WaitUntilKnownAsync(_host.Services, township);

        Assert.True(await ContainsAsync(township.Id, township.Id));
        Assert.False(await new OrganizationTreeEvents(_publisher, Counties.New()).ContainsAsync(_host.Services, township.Id, township.Id));
    }

    private Task<bool> ContainsAsync(Guid scope, Guid organization) => _tree.ContainsAsync(_host.Services, scope, organization);

    private async Task<Cloud.Persistence.OrganizationTree.OrganizationNode> NodeAsync(Guid organization)
    {
        await using var unit = _host.Unit(_county, out var db);
        return await db.Organizations.AsNoTracking().SingleAsync(o => o.OrganizationId == organization);
    }
}
