using Cloud.Persistence.Outbox;
using Npgsql;

namespace Cloud.Persistence.Messaging;

/// <summary>The service's outbox and inbox across counties, as counts only: what the ops team sees, no business data.</summary>
public sealed record MessagingStatus(
    long OutboxUnsent,
    double OutboxOldestUnsentAgeSeconds,
    long OutboxSentLastHour,
    long InboxRows,
    DateTimeOffset? InboxOldestReceivedAt)
{
    /// <summary>Read through the relay's role, the only one that sees every county's outbox and inbox rows; the lag as the gauges read it.</summary>
    public static async Task<MessagingStatus> ReadAsync(NpgsqlDataSource relay, CancellationToken cancellationToken)
    {
        await using var connection = await relay.OpenConnectionAsync(cancellationToken);
        var lag = await OutboxLag.ReadAsync(connection, cancellationToken);
        await using var command = new NpgsqlCommand(
            """
            SELECT
                (SELECT count(*) FROM outbox WHERE sent_at >= now() - interval '1 hour'),
                (SELECT count(*) FROM inbox),
                (SELECT min(received_at) FROM inbox)
            """, connection);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        await reader.ReadAsync(cancellationToken);
        return new MessagingStatus(
            lag.Unsent, lag.OldestUnsentAge.TotalSeconds, reader.GetInt64(0), reader.GetInt64(1),
            reader.IsDBNull(2) ? null : reader.GetFieldValue<DateTimeOffset>(2));
    }
}
