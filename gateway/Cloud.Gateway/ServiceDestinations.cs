using Yarp.ReverseProxy.Configuration;

namespace Cloud.Gateway;

/// <summary>
/// Resolves a destination written as <c>http://organizations</c> to <c>services__organizations__http__0</c>
/// (Aspire-style service discovery), so routes and clusters stay in appsettings.json and addresses come from the environment.
/// </summary>
public sealed class ServiceDestinations(IConfiguration configuration) : IProxyConfigFilter
{
    public ValueTask<ClusterConfig> ConfigureClusterAsync(ClusterConfig cluster, CancellationToken cancel)
    {
        if (cluster.Destinations is null)
        {
            return ValueTask.FromResult(cluster);
        }

        var destinations = cluster.Destinations.ToDictionary(
            d => d.Key,
            d => d.Value with { Address = Resolve(d.Value.Address) },
            StringComparer.OrdinalIgnoreCase);
        return ValueTask.FromResult(cluster with { Destinations = destinations });
    }

    public ValueTask<RouteConfig> ConfigureRouteAsync(RouteConfig route, ClusterConfig? cluster, CancellationToken cancel) =>
        ValueTask.FromResult(route);

    private string Resolve(string address)
    {
        var uri = new Uri(address);
        var discovered = configuration[$"services:{uri.Host}:{uri.Scheme}:0"];
        return discovered ?? address;
    }
}
