using System.Data.Common;
using Cloud.ServiceDefaults.Tenancy;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Cloud.Persistence.Tenancy;

/// <summary>
/// Puts <c>app.tenant_id</c> on every connection EF uses, so row-level security sees the county. Always set (to ''
/// without a county): a pooled connection must never keep another county's value (the pool's reset clears it too).
/// The setting rides in front of the connection's first command (<c>SET app.tenant_id = '…'; SELECT …</c>: one round
/// trip, not two); whenever it may have been lost (a failed command, a rolled-back transaction) or the county changed,
/// the next command sets it again. SaveChanges batches read their row counts by statement position, so they get the
/// setting as a command of its own instead. One instance serves every context (the options are built once per service,
/// not per unit of work); the county and what the connection carries are the context's own.
/// </summary>
public sealed class TenantConnectionInterceptor : DbConnectionInterceptor, IDbCommandInterceptor, IDbTransactionInterceptor
{
    public static readonly TenantConnectionInterceptor Instance = new();

    private TenantConnectionInterceptor()
    {
    }

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData) => Forget(eventData);

    public override Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Forget(eventData);
        return Task.CompletedTask;
    }

    /// <summary>For code that sends its own commands on the context's connection (e.g. COPY): sets the county now.</summary>
    public static async Task ApplyAsync(CloudDbContext context, DbConnection connection, CancellationToken cancellationToken)
    {
        var county = County(context);
        if (context.CountyOnConnection == county)
        {
            return;
        }

        await using var command = connection.CreateCommand();
        command.CommandText = SetStatement(county);
        await command.ExecuteNonQueryAsync(cancellationToken);
        context.CountyOnConnection = county;
    }

    public InterceptionResult<DbDataReader> ReaderExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result)
    {
        Apply(command, eventData);
        return result;
    }

    public async ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(
        DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
    {
        await ApplyAsync(command, eventData, cancellationToken);
        return result;
    }

    public InterceptionResult<int> NonQueryExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<int> result)
    {
        Apply(command, eventData);
        return result;
    }

    public async ValueTask<InterceptionResult<int>> NonQueryExecutingAsync(
        DbCommand command, CommandEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        await ApplyAsync(command, eventData, cancellationToken);
        return result;
    }

    public InterceptionResult<object> ScalarExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<object> result)
    {
        Apply(command, eventData);
        return result;
    }

    public async ValueTask<InterceptionResult<object>> ScalarExecutingAsync(
        DbCommand command, CommandEventData eventData, InterceptionResult<object> result, CancellationToken cancellationToken = default)
    {
        await ApplyAsync(command, eventData, cancellationToken);
        return result;
    }

    // A failed statement rolls back the implicit transaction it ran in, and with it a SET sent in front of it.
    public void CommandFailed(DbCommand command, CommandErrorEventData eventData) => Forget(eventData);

    public Task CommandFailedAsync(DbCommand command, CommandErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        Forget(eventData);
        return Task.CompletedTask;
    }

    // A SET inside a transaction is undone with it.
    public void TransactionRolledBack(DbTransaction transaction, TransactionEndEventData eventData) => Forget(eventData);

    public Task TransactionRolledBackAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Forget(eventData);
        return Task.CompletedTask;
    }

    public void TransactionFailed(DbTransaction transaction, TransactionErrorEventData eventData) => Forget(eventData);

    public Task TransactionFailedAsync(DbTransaction transaction, TransactionErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        Forget(eventData);
        return Task.CompletedTask;
    }

    private static void Forget(DbContextEventData eventData) => Context(eventData).CountyOnConnection = null;

    private static CloudDbContext Context(DbContextEventData eventData) =>
        eventData.Context as CloudDbContext ?? throw new InvalidOperationException("The tenant interceptor serves CloudDbContext only.");

    private static void Apply(DbCommand command, CommandEventData eventData)
    {
        if (SetAhead(command, eventData) is { } county)
        {
            using var set = SetCommand(command, county);
            set.ExecuteNonQuery();
            Context(eventData).CountyOnConnection = county;
        }
    }

    private static async Task ApplyAsync(DbCommand command, CommandEventData eventData, CancellationToken cancellationToken)
    {
        if (SetAhead(command, eventData) is { } county)
        {
            await using var set = SetCommand(command, county);
            await set.ExecuteNonQueryAsync(cancellationToken);
            Context(eventData).CountyOnConnection = county;
        }
    }

    // Puts the SET in front of the command when it can ride along; otherwise returns the county to set first, on its own.
    private static string? SetAhead(DbCommand command, CommandEventData eventData)
    {
        var context = Context(eventData);
        var county = County(context);
        if (context.CountyOnConnection == county)
        {
            return null;
        }

        if (!RidesAlong(eventData))
        {
            return county;
        }

        command.CommandText = SetStatement(county) + "\n" + command.CommandText;
        context.CountyOnConnection = county; // undone by CommandFailed if the command (and the SET with it) fails
        return null;
    }

    private static DbCommand SetCommand(DbCommand command, string county)
    {
        var set = command.Connection!.CreateCommand();
        set.Transaction = command.Transaction;
        set.CommandText = SetStatement(county);
        return set;
    }

    // Queries and single statements read their results past a leading SET (it returns no rows); SaveChanges and
    // migrations read per-statement results by position, so the SET goes ahead of them as its own command.
    private static bool RidesAlong(CommandEventData eventData) => eventData.CommandSource is
        CommandSource.LinqQuery or CommandSource.FromSqlQuery or CommandSource.ExecuteSqlRaw or CommandSource.ExecuteDelete or CommandSource.ExecuteUpdate;

    private static string County(CloudDbContext context)
    {
        var county = context.Tenant.TenantId ?? string.Empty;
        // The county is written into the statement (SET takes no parameters): only a well-formed code may be.
        return county.Length == 0 || CountyCode.IsValid(county)
            ? county
            : throw new InvalidOperationException("The tenant is not a county code.");
    }

    private static string SetStatement(string county) => $"SET app.tenant_id = '{county}';";
}
