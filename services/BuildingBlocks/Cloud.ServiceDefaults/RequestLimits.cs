using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Cloud.ServiceDefaults;

/// <summary>One request-body limit for every process (<c>Cloud:MaxRequestBodyBytes</c>, default 1 MiB); bulk imports raise it per endpoint.</summary>
public static class RequestLimits
{
    public const long DefaultMaxRequestBodyBytes = 1024 * 1024;

    public static long MaxRequestBodyBytes(IConfiguration configuration) =>
        configuration.GetValue<long?>("Cloud:MaxRequestBodyBytes") ?? DefaultMaxRequestBodyBytes;

    public static IHostApplicationBuilder AddRequestLimits(this IHostApplicationBuilder builder)
    {
        var limit = MaxRequestBodyBytes(builder.Configuration);
        builder.Services.Configure<KestrelServerOptions>(kestrel => kestrel.Limits.MaxRequestBodySize = limit);
        return builder;
    }
}
