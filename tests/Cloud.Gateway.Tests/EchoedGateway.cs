using Cloud.Testing;

namespace Cloud.Gateway.Tests;

/// <summary>The gateway on a real socket with an <see cref="EchoBackend"/> behind every route.</summary>
public class EchoedGateway(IReadOnlyDictionary<string, string?>? settings = null) : IAsyncLifetime
{
    private EchoBackend _backend = null!;

    public ServiceHost<GatewayEntryPoint> Gateway { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        _backend = await EchoBackend.StartAsync();
        var all = new Dictionary<string, string?>(settings ?? new Dictionary<string, string?>());
        foreach (var service in new[] { "identity", "organizations", "members", "reporting", "portal" })
        {
            all[$"services:{service}:http:0"] = _backend.Address;
        }

        Gateway = new ServiceHost<GatewayEntryPoint>(null, all).Start();
    }

    public async Task DisposeAsync()
    {
        await Gateway.DisposeAsync();
        await _backend.DisposeAsync();
    }
}
