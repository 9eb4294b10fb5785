using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using RabbitMQ.Client;
using RabbitMQ.Client.Exceptions;

namespace Cloud.Persistence.Messaging;

/// <summary>
/// Reads the depth of the <c>_error</c> and <c>_skipped</c> queue of each of the service's receive endpoints with a
/// passive declare (which creates nothing) every <c>Messaging:QueueDepthInterval</c>, for the depth gauges.
/// </summary>
public sealed class ErrorQueueMonitor(BrokerAddress broker, ReceiveQueues queues, MessagingMetrics metrics, TimeSpan interval, ILogger<ErrorQueueMonitor> logger)
    : BackgroundService
{
    private IConnection? _connection;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(interval);
        try
        {
            do
            {
                try
                {
                    metrics.Queues = await ReadAsync(stoppingToken);
                }
                catch (Exception ex) when (!stoppingToken.IsCancellationRequested)
                {
                    // Whatever the broker or the client does, a gauge must never take the service down; the next tick reconnects.
                    logger.LogWarning("Reading the error queue depths failed: {Error}", ex.GetType().Name);
                    await DisconnectAsync();
                }
            }
            while (await timer.WaitForNextTickAsync(stoppingToken));
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
    }

    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        await base.StopAsync(cancellationToken);
        await DisconnectAsync();
    }

    private async Task<QueueDepths> ReadAsync(CancellationToken cancellationToken)
    {
        _connection ??= await new ConnectionFactory
        {
            HostName = broker.Host,
            Port = broker.Port,
            VirtualHost = broker.VirtualHost,
            UserName = broker.Username,
            Password = broker.Password,
            ClientProvidedName = "queue-depth-monitor",
        }.CreateConnectionAsync(cancellationToken);

        var error = new Dictionary<string, long>();
        var skipped = new Dictionary<string, long>();
        foreach (var queue in queues.Names)
        {
            error[$"{queue}_error"] = await DepthAsync($"{queue}_error", cancellationToken);
            skipped[$"{queue}_skipped"] = await DepthAsync($"{queue}_skipped", cancellationToken);
        }

        return new QueueDepths(error, skipped);
    }

    // A queue not declared yet (nothing failed so far) is empty. A refused passive declare closes its channel, hence one per queue.
    private async Task<long> DepthAsync(string queue, CancellationToken cancellationToken)
    {
        await using var channel = await _connection!.CreateChannelAsync(cancellationToken: cancellationToken);
        try
        {
            return (await channel.QueueDeclarePassiveAsync(queue, cancellationToken)).MessageCount;
        }
        catch (OperationInterruptedException ex) when (ex.ShutdownReason?.ReplyCode == 404)
        {
            return 0;
        }
    }

    private async Task DisconnectAsync()
    {
        if (_connection is { } connection)
        {
            _connection = null;
            await connection.DisposeAsync();
        }
    }
}
