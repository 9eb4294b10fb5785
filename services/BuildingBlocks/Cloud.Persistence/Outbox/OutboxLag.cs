using Npgsql;

namespace Cloud.Persistence.Outbox;

/// <summary>How far the relay is behind: unsent rows across counties and the age of the oldest.</summary>
public sealed record OutboxLag(long Unsent, TimeSpan OldestUnsentAge)
{
    /// <summary>Read through the relay's role, which sees every county's rows.</summary>
    public static async Task<OutboxLag> ReadAsync(NpgsqlConnection relay, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(
            "SELECT count(*), coalesce(extract(epoch FROM now() - min(created_at)), 0)::float8 FROM outbox WHERE sent_at IS NULL", relay);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        await reader.ReadAsync(cancellationToken);
        return new OutboxLag(reader.GetInt64(0), TimeSpan.FromSeconds(Math.Max(0, reader.GetDouble(1))));
    }
}
