using Cloud.Contracts.Organizations;
using Cloud.Persistence;
using Cloud.ServiceDefaults.Auth;
using Microsoft.Extensions.DependencyInjection;

namespace Cloud.Testing;

/// <summary>One organization as the Organizations events describe it: its id and its path of ids.</summary>
public sealed record TreeNode(Guid Id, string Path);

/// <summary>
/// Publishes the events the Organizations service raises, so a service that keeps a copy of the tree can be tested
/// without it; <see cref="WaitUntilKnownAsync"/> waits until the service's copy has the organizations.
/// </summary>
public sealed class OrganizationTreeEvents(TestBus<OrganizationRegistered> bus, string county)
{
    public string County => county;

    public async Task<TreeNode> RegisterAsync(string name, string type, TreeNode? parent = null)
    {
        var id = Guid.NewGuid();
        var node = new TreeNode(id, parent is null ? id.ToString("N") : $"{parent.Path}.{id:N}");
        await bus.PublishAsync(new OrganizationRegistered(county, Guid.NewGuid(), DateTimeOffset.UtcNow, id, name, type, parent?.Id, Path: node.Path));
        return node;
    }

    public Task PublishAsync<T>(T message)
        where T : class, Cloud.Contracts.IIntegrationEvent => bus.PublishAsync(message);

    /// <summary>Waits until the service's scope check knows every node (each is within its own scope once it has arrived).</summary>
    public async Task WaitUntilKnownAsync(IServiceProvider services, params TreeNode[] nodes)
    {
        foreach (var node in nodes)
        {
            await Eventually.WaitAsync(() => ContainsAsync(services, node.Id, node.Id), known => known, TimeSpan.FromSeconds(15), $"organization {node.Id} reaches the service's tree copy");
        }
    }

    public async Task<bool> ContainsAsync(IServiceProvider services, Guid scope, Guid organization)
    {
        using var unit = services.CreateScope();
        unit.ServiceProvider.GetRequiredService<CloudDbContext>().Tenant.Set(county);
        return await unit.ServiceProvider.GetRequiredService<IOrganizationScope>().ContainsAsync(scope, organization, CancellationToken.None);
    }
}
