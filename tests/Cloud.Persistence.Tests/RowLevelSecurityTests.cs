using Cloud.Persistence.Tests.Support;
using Cloud.Testing;
using Npgsql;

namespace Cloud.Persistence.Tests;

/// <summary>The database itself refuses another county's rows (architecture.md §4), whatever the code does.</summary>
public sealed class RowLevelSecurityTests : IAsyncLifetime
{
    private readonly string _countyA = Counties.New();
    private readonly string _countyB = Counties.New();
    private readonly Guid _rowOfA = Guid.NewGuid();

    public async Task InitializeAsync()
    {
        await TestDatabase.CreateAsync();
        await using var a = await TestDatabase.OpenAsync("app", _countyA);
        await ExecuteAsync(a, "INSERT INTO notes (tenant_id, id, text) VALUES (@county, @id, '甲县千河镇党委')", ("county", _countyA), ("id", _rowOfA));
    }

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task Another_county_cannot_see_update_or_delete_the_rows()
    {
        await using var b = await TestDatabase.OpenAsync("app", _countyB);

        Assert.Equal(0L, await ScalarAsync(b, "SELECT count(*) FROM notes WHERE id = @id", ("id", _rowOfA)));
        Assert.Equal(0, await ExecuteAsync(b, "UPDATE notes SET text = '篡改' WHERE id = @id", ("id", _rowOfA)));
        Assert.Equal(0, await ExecuteAsync(b, "DELETE FROM notes WHERE id = @id", ("id", _rowOfA)));

        await using var a = await TestDatabase.OpenAsync("app", _countyA);
        Assert.Equal("甲县千河镇党委", await ScalarAsync(a, "SELECT text FROM notes WHERE id = @id", ("id", _rowOfA)));
    }

    [Fact]
    public async Task A_row_for_another_county_cannot_be_inserted()
    {
        await using var b = await TestDatabase.OpenAsync("app", _countyB);

        var refused = await Assert.ThrowsAsync<PostgresException>(() => ExecuteAsync(b,
            "INSERT INTO notes (tenant_id, id, text) VALUES (@county, @id, '冒名组织')", ("county", _countyA), ("id", Guid.NewGuid())));
        Assert.Equal(PostgresErrorCodes.InsufficientPrivilege, refused.SqlState);
    }

    [Fact]
    public async Task Without_a_county_nothing_is_visible()
    {
        await using var connection = await TestDatabase.OpenAsync("app", county: null);

        Assert.Equal(0L, await ScalarAsync(connection, "SELECT count(*) FROM notes"));
    }

    [Fact]
    public async Task The_app_role_cannot_turn_row_level_security_off()
    {
        await using var b = await TestDatabase.OpenAsync("app", _countyB);

        var disable = await Assert.ThrowsAsync<PostgresException>(() => ExecuteAsync(b, "ALTER TABLE notes DISABLE ROW LEVEL SECURITY"));
        Assert.Equal(PostgresErrorCodes.InsufficientPrivilege, disable.SqlState);
        var noForce = await Assert.ThrowsAsync<PostgresException>(() => ExecuteAsync(b, "ALTER TABLE notes NO FORCE ROW LEVEL SECURITY"));
        Assert.Equal(PostgresErrorCodes.InsufficientPrivilege, noForce.SqlState);
        var dropPolicy = await Assert.ThrowsAsync<PostgresException>(() => ExecuteAsync(b, "DROP POLICY tenant_isolation ON notes"));
        Assert.Equal(PostgresErrorCodes.InsufficientPrivilege, dropPolicy.SqlState);

        // row_security = off makes a query that RLS would filter fail instead of bypassing the policy.
        await ExecuteAsync(b, "SET row_security = off");
        await Assert.ThrowsAsync<PostgresException>(() => ScalarAsync(b, "SELECT count(*) FROM notes"));
    }

    [Fact]
    public async Task The_owner_role_is_bound_by_the_policy_too()
    {
        await using var owner = await TestDatabase.OpenAsync("owner", _countyB);

        Assert.Equal(0L, await ScalarAsync(owner, "SELECT count(*) FROM notes WHERE id = @id", ("id", _rowOfA)));
        Assert.Equal(0, await ExecuteAsync(owner, "DELETE FROM notes WHERE id = @id", ("id", _rowOfA)));
    }

    [Fact]
    public async Task Every_tenant_table_has_forced_row_level_security()
    {
        await using var owner = await TestDatabase.OpenAsync("owner", county: null);
        await using var command = new NpgsqlCommand(
            """
            SELECT c.relname, c.relrowsecurity, c.relforcerowsecurity
            FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
            WHERE n.nspname = 'public' AND c.relkind = 'r'
              AND EXISTS (SELECT 1 FROM pg_attribute a WHERE a.attrelid = c.oid AND a.attname = 'tenant_id' AND NOT a.attisdropped)
            """, owner);
        var tables = new List<string>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            tables.Add(reader.GetString(0));
            Assert.True(reader.GetBoolean(1) && reader.GetBoolean(2), $"{reader.GetString(0)} lacks forced row-level security");
        }

        Assert.Equal(["inbox", "notes", "organization_tree", "outbox", "receipts"], tables.Order());
    }

    private static async Task<int> ExecuteAsync(NpgsqlConnection connection, string sql, params (string Name, object Value)[] parameters)
    {
        await using var command = Command(connection, sql, parameters);
        return await command.ExecuteNonQueryAsync();
    }

    private static async Task<object?> ScalarAsync(NpgsqlConnection connection, string sql, params (string Name, object Value)[] parameters)
    {
        await using var command = Command(connection, sql, parameters);
        return await command.ExecuteScalarAsync();
    }

    private static NpgsqlCommand Command(NpgsqlConnection connection, string sql, (string Name, object Value)[] parameters)
    {
        var command = new NpgsqlCommand(sql, connection);
        foreach (var (name, value) in parameters)
        {
            command.Parameters.AddWithValue(name, value);
        }

        return command;
    }
}
