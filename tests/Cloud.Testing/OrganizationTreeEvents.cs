using Cloud.Contracts.Organizations;

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

    /// <summary>Waits until the service's scope check knows every node.</summary>
    public async Task WaitUntilKnownAsync(IServiceProvider services, params TreeNode[] nodes)
    {
        foreach (var node in nodes)
        {
            await TreeCopy.WaitUntilKnownAsync(services, county, node.Id, TimeSpan.FromSeconds(15));
        }
    }

    public Task<bool> ContainsAsync(IServiceProvider services, Guid scope, Guid organization) =>
        TreeCopy.ContainsAsync(services, county, scope, organization);
}
