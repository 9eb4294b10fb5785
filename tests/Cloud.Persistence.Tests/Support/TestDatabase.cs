using Cloud.Persistence.Migrations;
using Cloud.Testing;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Cloud.Persistence.Tests.Support;

/// <summary>
/// The test context's tables, created once per test process as the owner role, then secured by the same
/// <see cref="TenantRowLevelSecurity"/> step a service's <c>--migrate</c> runs (RLS forced, relay grants).
/// </summary>
public static class TestDatabase
{
    public const string Name = TestDbContext.DatabaseName;

    private static readonly Lazy<Task> Created = new(CreateOnceAsync);

    public static Task CreateAsync() => Created.Value;

    public static string ConnectionString(string role) => TestEnvironment.ConnectionString(Name, role);

    /// <summary>Counts a county's rows as the owner role (bound by the same policy).</summary>
    public static async Task<int> CountAsync(string county, string tableAndFilter)
    {
        await using var connection = await OpenAsync("owner", county);
        await using var command = new NpgsqlCommand($"SELECT count(*)::int FROM {tableAndFilter}", connection);
        return (int)(await command.ExecuteScalarAsync())!;
    }

    /// <summary>A plain connection as <paramref name="role"/>, with <c>app.tenant_id</c> set when a county is given.</summary>
    public static async Task<NpgsqlConnection> OpenAsync(string role, string? county)
    {
        var connection = new NpgsqlConnection(ConnectionString(role));
        await connection.OpenAsync();
        if (county is not null)
        {
            await using var set = new NpgsqlCommand("SELECT set_config('app.tenant_id', @county, false)", connection);
            set.Parameters.AddWithValue("county", county);
            await set.ExecuteNonQueryAsync();
        }

        return connection;
    }

    // A test context has no migrations of its own; EnsureCreated builds the same tables a migration of its model would.
    private static async Task CreateOnceAsync()
    {
        var options = new DbContextOptionsBuilder<TestDbContext>().UseNpgsql(ConnectionString("owner")).Options;
        await using (var db = new TestDbContext(options))
        {
            await db.Database.EnsureCreatedAsync();
        }

        await using var owner = new NpgsqlConnection(ConnectionString("owner"));
        await owner.OpenAsync();
        await TenantRowLevelSecurity.ApplyAsync(owner);
    }
}
