using System.Net.Sockets;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Cloud.Persistence.Messaging;

/// <summary>
/// Ready only when the broker accepts connections. MassTransit's own bus check stays healthy for a publish-only bus
/// whose broker went away, so the service's readiness asks the broker directly.
/// </summary>
public sealed class BrokerHealthCheck(BrokerAddress broker) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(TimeSpan.FromSeconds(2));
        try
        {
            using var client = new TcpClient();
            await client.ConnectAsync(broker.Host, broker.Port, timeout.Token);
            return HealthCheckResult.Healthy();
        }
        catch (Exception ex) when (ex is SocketException or OperationCanceledException)
        {
            return HealthCheckResult.Unhealthy("Broker unreachable", ex);
        }
    }
}
