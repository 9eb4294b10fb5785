using Npgsql;

namespace Cloud.Persistence.Outbox;

/// <summary>Connections as the <c>&lt;db&gt;_relay</c> role: outbox (and inbox cleanup) across counties, nothing else.</summary>
public sealed class RelayDataSource(NpgsqlDataSource dataSource) : IAsyncDisposable
{
    public NpgsqlDataSource DataSource => dataSource;

    public ValueTask DisposeAsync() => dataSource.DisposeAsync();
}
