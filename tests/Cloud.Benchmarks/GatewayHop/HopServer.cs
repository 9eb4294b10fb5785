using Cloud.Gateway;
using Cloud.Testing;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Yarp.ReverseProxy.Configuration;

namespace Cloud.Benchmarks.GatewayHop;

/// <summary>
/// One server of the gateway-hop comparison (infra/bench.sh gateway), each in its own process so that one host's
/// telemetry listeners never see another's requests: the backend, a plain YARP proxy, the real gateway, an OTLP sink.
/// </summary>
public static class HopServer
{
    /// <summary>The body every backend answer carries: a small JSON object, as a typical read returns.</summary>
    private const string Body = """{"id":"3f2b8c1e-0000-4000-8000-000000000001","name":"第一党支部","members":12}""";

    public static async Task RunAsync(string kind, int port, string? backend)
    {
        await using var app = kind switch
        {
            "backend" => Backend(port),
            "yarp" => PlainYarp(port, backend!),
            "otlp-sink" => OtlpSink(port),
            _ => null,
        };
        if (app is not null)
        {
            await app.RunAsync();
            return;
        }

        if (kind != "gateway")
        {
            throw new ArgumentException($"Unknown server '{kind}': backend, yarp, gateway or otlp-sink.");
        }

        // The factory-hosted gateway does not stop the process on SIGTERM: wait for it here, or the bench script's cleanup
        // leaves two gateways running after the run.
        var stop = new TaskCompletionSource();
        using var terminate = System.Runtime.InteropServices.PosixSignalRegistration.Create(System.Runtime.InteropServices.PosixSignal.SIGTERM, signal =>
        {
            signal.Cancel = true;
            stop.TrySetResult();
        });
        await using var gateway = Gateway(port, backend!);
        // The token is minted with this process's signing key (TestTokens), so the gateway prints it for the load generator.
        Console.WriteLine($"TOKEN {TestTokens.CountyAdmin(Counties.New())}");
        await stop.Task;
    }

    private static WebApplication Backend(int port)
    {
        var app = Slim(port);
        app.MapGet("/{**path}", () => Results.Text(Body, "application/json"));
        return app;
    }

    // YARP with nothing of ours: no authentication, rate limit, transforms or telemetry.
    private static WebApplication PlainYarp(int port, string backend)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls($"http://127.0.0.1:{port}");
        builder.Logging.ClearProviders();
        builder.Services.AddReverseProxy().LoadFromMemory(
            [new RouteConfig { RouteId = "all", ClusterId = "backend", Match = new RouteMatch { Path = "/{**rest}" } }],
            [new ClusterConfig { ClusterId = "backend", Destinations = new Dictionary<string, DestinationConfig> { ["primary"] = new() { Address = backend } } }]);
        var app = builder.Build();
        app.MapReverseProxy();
        return app;
    }

    // Accepts OTLP http/protobuf and discards it.
    private static WebApplication OtlpSink(int port)
    {
        var app = Slim(port);
        app.MapPost("/v1/{signal}", async (HttpRequest request) =>
        {
            await request.Body.CopyToAsync(Stream.Null);
            return Results.Ok();
        });
        return app;
    }

    // The real gateway (appsettings, authentication, rate limit, transforms, telemetry), its rate limit out of the way.
    private static ServiceHost<GatewayEntryPoint> Gateway(int port, string backend)
    {
        var settings = new Dictionary<string, string?>
        {
            ["RateLimits:TokenLimit"] = "100000000",
            ["RateLimits:TokensPerSecond"] = "100000000",
        };
        foreach (var service in new[] { "identity", "organizations", "members", "reporting" })
        {
            settings[$"services:{service}:http:0"] = backend;
        }

        return new ServiceHost<GatewayEntryPoint>(null, settings).Start(port);
    }

    private static WebApplication Slim(int port)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls($"http://127.0.0.1:{port}");
        builder.Logging.ClearProviders();
        return builder.Build();
    }
}
