using System.Net.Http.Headers;
using System.Net.Http.Json;
using Cloud.Contracts.Organizations;
using Cloud.Reporting.Api;
using Cloud.Reporting.Data;
using Cloud.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Cloud.Reporting.Tests;

/// <summary>
/// The org-scope mechanism of the building blocks: a service's copy of the tree follows the Organizations events, and
/// "is this organization within the caller's org_scope?" is answered from it.
/// </summary>
public sealed class OrganizationTreeCopyTests : IAsyncLifetime
{
    private readonly string _county = Counties.New();
    private ServiceHost<ReportingEntryPoint> _reporting = null!;
    private TestBus<OrganizationRegistered> _publisher = null!;
    private OrganizationTreeEvents _tree = null!;

    public async Task InitializeAsync()
    {
        await TestDatabases.MigrateAsync<ReportingDbContext>(ReportingDbContext.DatabaseName);
        _reporting = new ServiceHost<ReportingEntryPoint>(ReportingDbContext.DatabaseName).Start();
        _publisher = await TestBus<OrganizationRegistered>.StartAsync(TestEnvironment.AmqpUrl);
        _tree = new OrganizationTreeEvents(_publisher, _county);
    }

    public async Task DisposeAsync()
    {
        await _publisher.DisposeAsync();
        await _reporting.DisposeAsync();
    }

    [Fact]
    public async Task A_moved_subtree_follows_into_the_new_scope()
    {
        var qianheNode = await _tree.RegisterAsync("中共千河镇委员会", "PrimaryCommittee");
        var pingtouNode = await _tree.RegisterAsync("中共坪头镇委员会", "PrimaryCommittee");
        var villageNode = await _tree.RegisterAsync("东坡村党支部", "Branch", qianheNode);
        var groupNode = await _tree.RegisterAsync("第一党小组", "PartyGroup", villageNode);
        await _tree.WaitUntilKnownAsync(_reporting.Services, qianheNode, pingtouNode, villageNode, groupNode);
        var (qianhe, pingtou, village, group) = (qianheNode.Id, pingtouNode.Id, villageNode.Id, groupNode.Id);
        Assert.True(await ContainsAsync(qianhe, group));
        Assert.False(await ContainsAsync(pingtou, group));

        var newPath = $"{pingtouNode.Path}.{village:N}";
        await _publisher.PublishAsync(new OrganizationMoved(_county, Guid.NewGuid(), DateTimeOffset.UtcNow, village, qianhe, pingtou, villageNode.Path, newPath, new DateOnly(2026, 1, 1)));
        await Eventually.WaitAsync(() => ContainsAsync(pingtou, group), inside => inside, TimeSpan.FromSeconds(15), "the party group moves with its branch");

        Assert.False(await ContainsAsync(qianhe, group));
        Assert.False(await ContainsAsync(qianhe, village));
        Assert.True(await ContainsAsync(pingtou, village));
        Assert.Equal(2, (await OverviewAsync(TestTokens.Scoped(_county, pingtou))).OrganizationCount); // itself and the branch; its party group is no organization of its own
        Assert.Equal(1, (await OverviewAsync(TestTokens.Scoped(_county, qianhe))).OrganizationCount);
    }

    [Fact]
    public async Task A_dissolved_organization_is_no_longer_counted_and_a_rename_is_kept()
    {
        var townshipNode = await _tree.RegisterAsync("中共千河镇委员会", "PrimaryCommittee");
        var branchNode = await _tree.RegisterAsync("东坡村党支部", "Branch", townshipNode);
        await _tree.WaitUntilKnownAsync(_reporting.Services, townshipNode, branchNode);
        var (township, branch) = (townshipNode.Id, branchNode.Id);

        await _publisher.PublishAsync(new OrganizationDissolved(_county, Guid.NewGuid(), DateTimeOffset.UtcNow, branch, "Dissolved", new DateOnly(2026, 1, 1)));
        await _publisher.PublishAsync(new OrganizationRenamed(_county, Guid.NewGuid(), DateTimeOffset.UtcNow, township, "中共千河镇委员会", "中共千河街道工作委员会", new DateOnly(2026, 1, 1)));

        var overview = await Eventually.WaitAsync(() => OverviewAsync(TestTokens.CountyAdmin(_county)), o => o.OrganizationCount == 1, TimeSpan.FromSeconds(15), "the dissolved branch drops out");
        Assert.False(overview.OrganizationsByType.ContainsKey("Branch"));
        var name = await Eventually.WaitAsync(() => WithDbAsync(db => db.Organizations.Where(o => o.OrganizationId == township).Select(o => o.Name).SingleAsync()), n => n != "中共千河镇委员会", TimeSpan.FromSeconds(15), "the rename arrives");
        Assert.Equal("中共千河街道工作委员会", name);
    }

    [Fact]
    public async Task Scope_of_another_county_contains_nothing()
    {
        var township = await _tree.RegisterAsync("中共千河镇委员会", "PrimaryCommittee");
        await _tree.WaitUntilKnownAsync(_reporting.Services, township);

        Assert.True(await ContainsAsync(township.Id, township.Id));
        Assert.False(await new OrganizationTreeEvents(_publisher, Counties.New()).ContainsAsync(_reporting.Services, township.Id, township.Id));
    }

    private Task<bool> ContainsAsync(Guid scope, Guid organization) => _tree.ContainsAsync(_reporting.Services, scope, organization);

    private async Task<T> WithDbAsync<T>(Func<ReportingDbContext, Task<T>> query)
    {
        using var scope = _reporting.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<ReportingDbContext>();
        db.Tenant.Set(_county);
        return await query(db);
    }

    private async Task<CountyOverview> OverviewAsync(string token)
    {
        using var client = _reporting.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return (await client.GetFromJsonAsync<CountyOverview>("/api/reporting/overview"))!;
    }
}
