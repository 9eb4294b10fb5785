using System.Net.Sockets;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Cloud.AppHost;

/// <summary>Readiness of the two servers Aspire runs as plain executables (its own checks assume containers).</summary>
public static class ServerHealthChecks
{
    /// <summary>PostgreSQL accepts TCP connections only once it can serve them.</summary>
    public static IResourceBuilder<ExecutableResource> WithTcpHealthCheck(this IResourceBuilder<ExecutableResource> server, int port)
    {
        var name = $"{server.Resource.Name}-tcp";
        server.ApplicationBuilder.Services.AddHealthChecks().AddAsyncCheck(name, async cancellationToken =>
        {
            using var client = new TcpClient();
            return await Connects(client, port, cancellationToken) ? HealthCheckResult.Healthy() : HealthCheckResult.Unhealthy();
        });
        return server.WithHealthCheck(name);
    }

    /// <summary>A ready broker answers the AMQP 0-9-1 protocol header with a method frame (frame type 1).</summary>
    public static IResourceBuilder<ExecutableResource> WithAmqpHealthCheck(this IResourceBuilder<ExecutableResource> server, int port)
    {
        var name = $"{server.Resource.Name}-amqp";
        server.ApplicationBuilder.Services.AddHealthChecks().AddAsyncCheck(name, async cancellationToken =>
        {
            using var client = new TcpClient();
            if (!await Connects(client, port, cancellationToken))
            {
                return HealthCheckResult.Unhealthy();
            }

            var stream = client.GetStream();
            await stream.WriteAsync("AMQP\0\0\u0009\u0001"u8.ToArray(), cancellationToken);
            var frame = new byte[1];
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            timeout.CancelAfter(TimeSpan.FromSeconds(3));
            var read = await stream.ReadAsync(frame, timeout.Token);
            return read == 1 && frame[0] == 1 ? HealthCheckResult.Healthy() : HealthCheckResult.Unhealthy("no AMQP answer yet");
        });
        return server.WithHealthCheck(name);
    }

    private static async Task<bool> Connects(TcpClient client, int port, CancellationToken cancellationToken)
    {
        try
        {
            await client.ConnectAsync("127.0.0.1", port, cancellationToken);
            return true;
        }
        catch (SocketException)
        {
            return false;
        }
    }
}
