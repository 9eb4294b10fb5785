using System.Net.Http.Headers;
using System.Net.Http.Json;
using Cloud.Contracts.Organizations;
using Cloud.Persistence;
using Cloud.Reporting.Api;
using Cloud.Reporting.Data;
using Cloud.ServiceDefaults.Auth;
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

    public async Task InitializeAsync()
    {
        await TestDatabases.MigrateAsync<ReportingDbContext>(ReportingDbContext.DatabaseName);
        _reporting = new ServiceHost<ReportingEntryPoint>(ReportingDbContext.DatabaseName).Start();
        _publisher = await TestBus<OrganizationRegistered>.StartAsync(TestEnvironment.AmqpUrl);
    }

    public async Task DisposeAsync()
    {
        await _publisher.DisposeAsync();
        await _reporting.DisposeAsync();
    }

    [Fact]
    public async Task A_moved_subtree_follows_into_the_new_scope()
    {
        var (qianhe, qianhePath) = await RegisterAsync("中共千河镇委员会", "PrimaryCommittee", null, null);
        var (pingtou, pingtouPath) = await RegisterAsync("中共坪头镇委员会", "PrimaryCommittee", null, null);
        var (village, villagePath) = await RegisterAsync("东坡村党支部", "Branch", qianhe, qianhePath);
        var (group, _) = await RegisterAsync("第一党小组", "PartyGroup", village, villagePath);
        await WaitForNodesAsync(4);
        Assert.True(await ContainsAsync(qianhe, group));
        Assert.False(await ContainsAsync(pingtou, group));

        var newPath = $"{pingtouPath}.{village:N}";
        await _publisher.PublishAsync(new OrganizationMoved(_county, Guid.NewGuid(), DateTimeOffset.UtcNow, village, qianhe, pingtou, villagePath, newPath, new DateOnly(2026, 1, 1)));
        await Eventually.WaitAsync(() => ContainsAsync(pingtou, group), inside => inside, TimeSpan.FromSeconds(15), "the party group moves with its branch");

        Assert.False(await ContainsAsync(qianhe, group));
        Assert.False(await ContainsAsync(qianhe, village));
        Assert.True(await ContainsAsync(pingtou, village));
        Assert.Equal(3, (await OverviewAsync(TestTokens.Scoped(_county, pingtou))).OrganizationCount); // itself, the branch and its group
        Assert.Equal(1, (await OverviewAsync(TestTokens.Scoped(_county, qianhe))).OrganizationCount);
    }

    [Fact]
    public async Task A_dissolved_organization_is_no_longer_counted_and_a_rename_is_kept()
    {
        var (township, path) = await RegisterAsync("中共千河镇委员会", "PrimaryCommittee", null, null);
        var (branch, _) = await RegisterAsync("东坡村党支部", "Branch", township, path);
        await WaitForNodesAsync(2);

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
        var (township, _) = await RegisterAsync("中共千河镇委员会", "PrimaryCommittee", null, null);
        await WaitForNodesAsync(1);

        Assert.True(await ContainsAsync(township, township));
        Assert.False(await ContainsAsync(township, township, Counties.New()));
    }

    private async Task<(Guid Id, string Path)> RegisterAsync(string name, string type, Guid? parent, string? parentPath)
    {
        var id = Guid.NewGuid();
        var path = parentPath is null ? id.ToString("N") : $"{parentPath}.{id:N}";
        await _publisher.PublishAsync(new OrganizationRegistered(_county, Guid.NewGuid(), DateTimeOffset.UtcNow, id, name, type, parent, Path: path));
        return (id, path);
    }

    private Task<int> WaitForNodesAsync(int count) =>
        Eventually.WaitAsync(() => WithDbAsync(db => db.Organizations.CountAsync()), n => n == count, TimeSpan.FromSeconds(15), $"{count} organizations in the copy");

    private Task<bool> ContainsAsync(Guid scope, Guid organization, string? county = null) =>
        WithScopeAsync(county ?? _county, services => services.GetRequiredService<IOrganizationScope>().ContainsAsync(scope, organization, CancellationToken.None));

    private Task<T> WithDbAsync<T>(Func<ReportingDbContext, Task<T>> query) =>
        WithScopeAsync(_county, services => query(services.GetRequiredService<ReportingDbContext>()));

    private async Task<T> WithScopeAsync<T>(string county, Func<IServiceProvider, Task<T>> work)
    {
        using var scope = _reporting.Services.CreateScope();
        scope.ServiceProvider.GetRequiredService<CloudDbContext>().Tenant.Set(county);
        return await work(scope.ServiceProvider);
    }

    private async Task<CountyOverview> OverviewAsync(string token)
    {
        using var client = _reporting.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return (await client.GetFromJsonAsync<CountyOverview>("/api/reporting/overview"))!;
    }
}
