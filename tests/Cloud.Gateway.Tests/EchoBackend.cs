using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;

namespace Cloud.Gateway.Tests;

/// <summary>Stands in for the services behind the gateway: answers every path with the headers it was forwarded.</summary>
public sealed class EchoBackend : IAsyncDisposable
{
    private readonly WebApplication _app;

    private EchoBackend(WebApplication app) => _app = app;

    public string Address => _app.Urls.Single();

    public static async Task<EchoBackend> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        var app = builder.Build();
        app.Map("/{**path}", (HttpRequest request) => Results.Ok(new Forwarded(
            request.Headers[TenantHeaderTransform.Header].Select(h => h ?? string.Empty).ToArray(),
            request.Headers.Authorization.ToString())));
        await app.StartAsync();
        return new EchoBackend(app);
    }

    public async ValueTask DisposeAsync() => await _app.DisposeAsync();
}

public sealed record Forwarded(string[] TenantHeader, string Authorization);
