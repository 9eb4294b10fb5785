using Cloud.Organizations.Data;
using Cloud.Testing;
using Npgsql;

namespace Cloud.Organizations.Tests;

/// <summary>Reads the service's tables directly, to see what a request wrote (and what it left out).</summary>
public static class OrganizationsRows
{
    /// <summary>How long an event the relay publishes may take to arrive.</summary>
    public static readonly TimeSpan Delivery = TimeSpan.FromSeconds(30);

    /// <summary>Counts a county's rows as the owner role (bound by the same policy).</summary>
    public static async Task<int> CountAsync(string county, string tableAndFilter)
    {
        await using var connection = new NpgsqlConnection(TestEnvironment.ConnectionString(OrganizationsDbContext.DatabaseName, "owner"));
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand($"SELECT set_config('app.tenant_id', @county, false); SELECT count(*)::int FROM {tableAndFilter}", connection);
        command.Parameters.AddWithValue("county", county);
        await using var reader = await command.ExecuteReaderAsync();
        await reader.NextResultAsync();
        await reader.ReadAsync();
        return reader.GetInt32(0);
    }
}
