using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Cloud.Testing;

/// <summary>The endpoints a hosted service maps, as "METHOD /pattern", for role matrices that must cover them all.</summary>
public static class MappedEndpoints
{
    public static IEnumerable<string> Under(IServiceProvider services, string prefix) =>
        services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.RoutePattern.RawText?.StartsWith(prefix, StringComparison.Ordinal) == true)
            .SelectMany(e => (e.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods ?? [])
                .Select(method => $"{method} {e.RoutePattern.RawText!.TrimEnd('/')}"));
}
