using System.Diagnostics;
using System.Text.Json;
using Cloud.Contracts;
using Cloud.Persistence.Messaging;
using Cloud.ServiceDefaults.Telemetry;
using Cloud.ServiceDefaults.Tenancy;
using MassTransit;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Npgsql;
using OpenTelemetry;

namespace Cloud.Persistence.Outbox;

/// <summary>
/// Publishes committed outbox rows. Claims rows with FOR UPDATE SKIP LOCKED (replicas can run side by side),
/// publishes each with its id as MessageId and the county and trace as headers, then marks it sent. It sweeps every
/// unsent row on each pass, so nothing committed is stranded by a crash or a broker outage.
/// </summary>
public sealed class OutboxRelay(
    RelayDataSource relay,
    IBus bus,
    IOptions<OutboxOptions> options,
    TimeProvider clock,
    MessagingMetrics metrics,
    ILogger<OutboxRelay> logger) : BackgroundService
{
    public const string TenantHeader = "cloud-tenant-id";

    private readonly OutboxOptions _options = options.Value;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var nextCleanup = clock.GetUtcNow();
        var nextLag = clock.GetUtcNow();
        while (!stoppingToken.IsCancellationRequested)
        {
            var published = 0;
            try
            {
                published = await PublishBatchAsync(stoppingToken);
                if (clock.GetUtcNow() >= nextCleanup)
                {
                    await CleanupAsync(stoppingToken);
                    nextCleanup = clock.GetUtcNow() + _options.CleanupInterval;
                }

                if (clock.GetUtcNow() >= nextLag)
                {
                    await ReadLagAsync(stoppingToken);
                    nextLag = clock.GetUtcNow() + _options.LagInterval;
                }
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex) when (ex is NpgsqlException or TimeoutException)
            {
                logger.LogWarning(ex, "Outbox relay pass failed; retrying");
            }

            // A short batch is a fair share of a backlog, not a sign of an empty outbox: sleep only when nothing went out.
            if (published == 0)
            {
                try
                {
                    await Task.Delay(_options.IdleDelay, clock, stoppingToken);
                }
                catch (OperationCanceledException)
                {
                    return;
                }
            }
        }
    }

    /// <summary>One pass: claim a batch, publish until the broker fails, record what was sent. Returns the number sent.</summary>
    public async Task<int> PublishBatchAsync(CancellationToken cancellationToken)
    {
        // Polling an empty outbox several times a second would flood the traces; publishing is traced.
        var untraced = SuppressInstrumentationScope.Begin();
        await using var connection = await relay.DataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var batch = await ClaimAsync(connection, transaction, cancellationToken);
        untraced.Dispose();

        var sent = new List<Guid>(batch.Count);
        foreach (var row in batch)
        {
            try
            {
                await PublishAsync(row, cancellationToken);
                sent.Add(row.Id);
            }
            catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
            {
                // Most likely the broker is down: keep order, back off, and try the rest on a later pass.
                await DeferAsync(connection, transaction, row, ex, cancellationToken);
                logger.LogWarning("Outbox publish of {EventType} {EventId} failed (attempt {Attempt}): {Error}", row.Type, row.Id, row.Attempts + 1, ex.GetType().Name);
                break;
            }
        }

        if (sent.Count > 0)
        {
            await using var mark = new NpgsqlCommand("UPDATE outbox SET sent_at = now(), attempts = attempts + 1 WHERE id = ANY(@ids)", connection, transaction);
            mark.Parameters.AddWithValue("ids", sent.ToArray());
            await mark.ExecuteNonQueryAsync(cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
        return sent.Count;
    }

    private async Task<List<OutboxRow>> ClaimAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, CancellationToken cancellationToken)
    {
        await using var claim = new NpgsqlCommand(
            """
            SELECT o.tenant_id, o.id, o.type, o.payload::text, o.trace_parent, o.attempts
            FROM outbox o
            WHERE o.id IN (
                SELECT queued.id FROM (
                    SELECT id, created_at, row_number() OVER (PARTITION BY tenant_id ORDER BY created_at, id) AS turn
                    FROM outbox
                    WHERE sent_at IS NULL AND next_attempt_at <= now()) queued
                WHERE queued.turn <= @share
                ORDER BY queued.turn, queued.created_at
                LIMIT @batch)
              -- Checked again on the locked row: a row another relay sent while this one waited is not sent twice.
              AND o.sent_at IS NULL AND o.next_attempt_at <= now()
            ORDER BY o.created_at, o.id
            FOR UPDATE OF o SKIP LOCKED
            """, connection, transaction);
        // Each county's oldest rows, at most a share of the batch each: one county's 3,500-row import does not hold up
        // every other county's events for the minute it takes to publish; within a county the order stays.
        claim.Parameters.AddWithValue("share", Math.Max(1, _options.BatchSize / 4));
        claim.Parameters.AddWithValue("batch", _options.BatchSize);
        var rows = new List<OutboxRow>();
        await using var reader = await claim.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            rows.Add(new OutboxRow(reader.GetString(0), reader.GetGuid(1), reader.GetString(2), reader.GetString(3),
                reader.IsDBNull(4) ? null : reader.GetString(4), reader.GetInt32(5)));
        }

        return rows;
    }

    private async Task PublishAsync(OutboxRow row, CancellationToken cancellationToken)
    {
        var type = typeof(IIntegrationEvent).Assembly.GetType(row.Type)
            ?? throw new InvalidOperationException($"Unknown event type {row.Type}.");
        var message = JsonSerializer.Deserialize(row.Payload, type)!;

        ActivityContext.TryParse(row.TraceParent, null, out var parent);
        using var activity = CloudTelemetry.Source.StartActivity($"outbox publish {type.Name}", ActivityKind.Producer, parent);
        TenantTelemetry.Tag(activity, row.TenantId);

        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(_options.PublishTimeout);
        await bus.Publish(message, type, context =>
        {
            context.MessageId = row.Id;
            context.Headers.Set(TenantHeader, row.TenantId);
        }, timeout.Token);
    }

    private async Task DeferAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, OutboxRow row, Exception error, CancellationToken cancellationToken)
    {
        var backoff = TimeSpan.FromMilliseconds(Math.Min(_options.MaxBackoff.TotalMilliseconds, 250 * Math.Pow(2, Math.Min(row.Attempts, 16))));
        await using var defer = new NpgsqlCommand(
            "UPDATE outbox SET attempts = attempts + 1, last_error = @error, next_attempt_at = now() + @backoff WHERE id = @id AND tenant_id = @tenant",
            connection, transaction);
        defer.Parameters.AddWithValue("error", error.GetType().Name + ": " + error.Message[..Math.Min(error.Message.Length, 500)]);
        defer.Parameters.AddWithValue("backoff", backoff);
        defer.Parameters.AddWithValue("id", row.Id);
        defer.Parameters.AddWithValue("tenant", row.TenantId);
        await defer.ExecuteNonQueryAsync(cancellationToken);
    }

    /// <summary>Reads the outbox lag for the gauges; untraced, like the polling it rides along with.</summary>
    public async Task ReadLagAsync(CancellationToken cancellationToken)
    {
        using var untraced = SuppressInstrumentationScope.Begin();
        await using var connection = await relay.DataSource.OpenConnectionAsync(cancellationToken);
        metrics.Outbox = await OutboxLag.ReadAsync(connection, cancellationToken);
    }

    /// <summary>Deletes sent outbox rows and inbox rows older than the retention window.</summary>
    public async Task CleanupAsync(CancellationToken cancellationToken)
    {
        await using var connection = await relay.DataSource.OpenConnectionAsync(cancellationToken);
        await using var cleanup = new NpgsqlCommand(
            """
            DELETE FROM outbox WHERE sent_at IS NOT NULL AND sent_at < now() - @retention;
            DELETE FROM inbox WHERE received_at < now() - @retention;
            """, connection);
        cleanup.Parameters.AddWithValue("retention", _options.Retention);
        await cleanup.ExecuteNonQueryAsync(cancellationToken);
    }

    private sealed record OutboxRow(string TenantId, Guid Id, string Type, string Payload, string? TraceParent, int Attempts);
}
