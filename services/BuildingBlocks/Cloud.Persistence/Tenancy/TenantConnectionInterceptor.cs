using System.Data.Common;
using Cloud.ServiceDefaults.Tenancy;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Cloud.Persistence.Tenancy;

/// <summary>
/// Sets <c>app.tenant_id</c> on every connection EF opens, so row-level security sees the county.
/// Always set (to '' without a county): a pooled connection must never keep another county's value.
/// </summary>
public sealed class TenantConnectionInterceptor(ITenantContext tenant) : DbConnectionInterceptor
{
    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData)
    {
        using var command = CreateCommand(connection);
        command.ExecuteNonQuery();
    }

    public override async Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        await using var command = CreateCommand(connection);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private DbCommand CreateCommand(DbConnection connection)
    {
        var command = connection.CreateCommand();
        command.CommandText = "SELECT set_config('app.tenant_id', @tenant, false)";
        var parameter = command.CreateParameter();
        parameter.ParameterName = "tenant";
        parameter.Value = tenant.TenantId ?? string.Empty;
        command.Parameters.Add(parameter);
        return command;
    }
}
