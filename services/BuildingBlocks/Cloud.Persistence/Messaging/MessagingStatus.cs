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
    /// <summary>Read through the relay's role, the only one that sees every county's outbox and inbox rows.</summary>
    public static async Task<MessagingStatus> ReadAsync(NpgsqlDataSource relay, CancellationToken cancellationToken)
    {
        await using var command = relay.CreateCommand(
            """
            SELECT
                (SELECT count(*) FROM outbox WHERE sent_at IS NULL),
                (SELECT coalesce(extract(epoch FROM now() - min(created_at)), 0)::float8 FROM outbox WHERE sent_at IS NULL),
                (SELECT count(*) FROM outbox WHERE sent_at >= now() - interval '1 hour'),
                (SELECT count(*) FROM inbox),
                (SELECT min(received_at) FROM inbox)
            """);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        await reader.ReadAsync(cancellationToken);
        return new MessagingStatus(
            reader.GetInt64(0), Math.Max(0, reader.GetDouble(1)), reader.GetInt64(2), reader.GetInt64(3),
            reader.IsDBNull(4) ? null : reader.GetFieldValue<DateTimeOffset>(4));
    }
}
