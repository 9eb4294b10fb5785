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
    public const int ProgressEvery = 5000;

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

    private static ColumnWriter Writer(IProperty property, string county)
    {
        var converter = property.GetTypeMapping().Converter;
        var getter = property.IsShadowProperty() ? null : property.GetGetter();
        var json = property.GetColumnType() == "jsonb";
        if (property.Name == TenantModel.Property)
        {
            return (copy, _) => copy.Write(county, NpgsqlDbType.Text);
        }

        if (getter is null)
        {
            throw new InvalidOperationException($"Shadow property {property.Name} cannot be bulk inserted.");
        }

        return (copy, entity) =>
        {
            var value = getter.GetClrValue(entity);
            if (value is not null && converter is not null)
            {
                value = converter.ConvertToProvider(value);
            }

            switch (value)
            {
                case null: copy.WriteNull(); break;
                case string text: copy.Write(text, json ? NpgsqlDbType.Jsonb : NpgsqlDbType.Text); break;
                case Guid guid: copy.Write(guid, NpgsqlDbType.Uuid); break;
                case byte[] bytes: copy.Write(bytes, NpgsqlDbType.Bytea); break;
                case DateOnly date: copy.Write(date, NpgsqlDbType.Date); break;
                case DateTimeOffset at: copy.Write(at, NpgsqlDbType.TimestampTz); break;
                case bool flag: copy.Write(flag, NpgsqlDbType.Boolean); break;
                case int number: copy.Write(number, NpgsqlDbType.Integer); break;
                case long number: copy.Write(number, NpgsqlDbType.Bigint); break;
                case decimal number: copy.Write(number, NpgsqlDbType.Numeric); break;
                default: throw new NotSupportedException($"Bulk insert does not write {value.GetType().Name} ({property.Name}).");
            }
        };
    }

    private static async Task<int> ExecuteAsync(NpgsqlConnection connection, string sql, CancellationToken cancellationToken)
    {
#pragma warning disable CA2100 // Identifiers come from the EF model, quoted; no user input reaches this text.
        await using var command = new NpgsqlCommand(sql, connection);
#pragma warning restore CA2100
        return await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private static string Quote(string identifier) => "\"" + identifier.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
}
