using System.Linq.Expressions;
using System.Reflection;
using Cloud.Persistence.Tenancy;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Npgsql;
using NpgsqlTypes;

namespace Cloud.Members.Data;

/// <summary>
/// Inserts many new entities of one type through Npgsql's binary COPY, in the context's current transaction: ~10× faster
/// than the change tracker for tens of thousands of rows. PostgreSQL refuses COPY into a table with row-level security,
/// so the rows go into a temporary copy of the table first (dropped at commit) and move with one INSERT … SELECT, which
/// the county's policy checks row by row. Columns come from the EF model, so a column added later is written too.
/// </summary>
public static class BulkInsert
{
    /// <summary>Rows between two progress reports.</summary>
    public const int ProgressEvery = 10_000;

    public static async Task<int> InsertAsync<T>(
        MembersDbContext db, IReadOnlyList<T> rows, Func<int, Task>? progress, CancellationToken cancellationToken)
        where T : class
    {
        var county = db.Tenant.TenantId ?? throw new InvalidOperationException("A bulk insert needs a county.");
        if (db.Database.CurrentTransaction is null)
        {
            throw new InvalidOperationException("A bulk insert runs inside the caller's transaction.");
        }

        var entity = db.Model.FindEntityType(typeof(T)) ?? throw new InvalidOperationException($"{typeof(T).Name} is not mapped.");
        var table = entity.GetTableName()!;
        var store = StoreObjectIdentifier.Table(table, entity.GetSchema());
        var properties = entity.GetProperties().ToList();
        var columnList = string.Join(", ", properties.Select(p => Quote(p.GetColumnName(store)!)));
        var staging = Quote("bulk_" + table);
        var connection = (NpgsqlConnection)db.Database.GetDbConnection();
        // Raw commands on the context's connection: the county must be on it before the INSERT, which RLS checks.
        await db.ApplyTenantToConnectionAsync(cancellationToken);

        await ExecuteAsync(connection, $"CREATE TEMP TABLE {staging} (LIKE {Quote(table)} INCLUDING DEFAULTS) ON COMMIT DROP", cancellationToken);
        var writers = properties.Select(p => Writer(p, county)).ToArray();
        await using (var copy = await connection.BeginBinaryImportAsync($"COPY {staging} ({columnList}) FROM STDIN (FORMAT BINARY)", cancellationToken))
        {
            for (var i = 0; i < rows.Count; i++)
            {
                // Synchronous writes: they only fill Npgsql's buffer (flushing when full); an await per cell costs more than the cell.
                copy.StartRow();
                foreach (var write in writers)
                {
                    write(copy, rows[i]);
                }

                if (progress is not null && (i + 1) % ProgressEvery == 0)
                {
                    cancellationToken.ThrowIfCancellationRequested();
                    await progress(i + 1);
                }
            }

            await copy.CompleteAsync(cancellationToken);
        }

        var inserted = await ExecuteAsync(connection, $"INSERT INTO {Quote(table)} ({columnList}) SELECT {columnList} FROM {staging}", cancellationToken);
        await ExecuteAsync(connection, $"DROP TABLE {staging}", cancellationToken);
        return inserted;
    }

    private delegate void ColumnWriter(NpgsqlBinaryImporter copy, object entity);

    private static readonly MethodInfo WriteMethod = typeof(NpgsqlBinaryImporter).GetMethods()
        .Single(m => m.Name == nameof(NpgsqlBinaryImporter.Write) && m.IsGenericMethod && m.GetParameters() is [_, { ParameterType: var t }] && t == typeof(NpgsqlDbType));

    private static readonly MethodInfo WriteNullMethod = typeof(NpgsqlBinaryImporter).GetMethod(nameof(NpgsqlBinaryImporter.WriteNull), Type.EmptyTypes)!;

    /// <summary>A compiled writer of one column: reads the property, converts it (enum names) and writes it typed, without boxing.</summary>
    private static ColumnWriter Writer(IProperty property, string county)
    {
        if (property.Name == TenantModel.Property)
        {
            return (copy, _) => copy.Write(county, NpgsqlDbType.Text);
        }

        var member = property.GetMemberInfo(forMaterialization: false, forSet: false);
        var copyParameter = Expression.Parameter(typeof(NpgsqlBinaryImporter), "copy");
        var entityParameter = Expression.Parameter(typeof(object), "entity");
        Expression value = Expression.MakeMemberAccess(Expression.Convert(entityParameter, property.DeclaringType.ClrType), member);
        if (property.GetTypeMapping().Converter is { } converter)
        {
            var convert = converter.ConvertToProviderExpression;
            value = Expression.Invoke(convert, Expression.Convert(value, convert.Parameters[0].Type));
        }

        var type = Nullable.GetUnderlyingType(value.Type) ?? value.Type;
        var dbType = DbTypeOf(type, property.GetColumnType() == "jsonb")
            ?? throw new NotSupportedException($"Bulk insert does not write {type.Name} ({property.Name}).");
        var local = Expression.Variable(value.Type, "value");
        var write = Expression.Call(copyParameter, WriteMethod.MakeGenericMethod(type),
            type == value.Type ? local : Expression.Property(local, "Value"), Expression.Constant(dbType));
        Expression body = value.Type.IsValueType && type == value.Type
            ? write
            : Expression.IfThenElse(Expression.Equal(local, Expression.Constant(null, value.Type)), Expression.Call(copyParameter, WriteNullMethod), write);
        var block = Expression.Block([local], Expression.Assign(local, value), body);
        return Expression.Lambda<ColumnWriter>(block, copyParameter, entityParameter).Compile();
    }

    private static NpgsqlDbType? DbTypeOf(Type type, bool json) => type switch
    {
        _ when type == typeof(string) => json ? NpgsqlDbType.Jsonb : NpgsqlDbType.Text,
        _ when type == typeof(Guid) => NpgsqlDbType.Uuid,
        _ when type == typeof(byte[]) => NpgsqlDbType.Bytea,
        _ when type == typeof(DateOnly) => NpgsqlDbType.Date,
        _ when type == typeof(DateTimeOffset) => NpgsqlDbType.TimestampTz,
        _ when type == typeof(bool) => NpgsqlDbType.Boolean,
        _ when type == typeof(int) => NpgsqlDbType.Integer,
        _ when type == typeof(long) => NpgsqlDbType.Bigint,
        _ when type == typeof(decimal) => NpgsqlDbType.Numeric,
        _ => null,
    };

    private static async Task<int> ExecuteAsync(NpgsqlConnection connection, string sql, CancellationToken cancellationToken)
    {
#pragma warning disable CA2100 // Identifiers come from the EF model, quoted; no user input reaches this text.
        await using var command = new NpgsqlCommand(sql, connection);
#pragma warning restore CA2100
        return await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private static string Quote(string identifier) => "\"" + identifier.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
}
