using Npgsql;

namespace Cloud.Persistence.Migrations;

/// <summary>
/// Enables and forces row-level security on every table that has a <c>tenant_id</c> column, with the policy of
/// architecture.md §4, and gives the relay role its cross-county access to the outbox and inbox only.
/// Runs after the migrations as the owner role; idempotent, so a table can never be forgotten.
/// </summary>
public static class TenantRowLevelSecurity
{
    public const string TenantExpression = "NULLIF(current_setting('app.tenant_id', true), '')";

    // Inside format('...') the expression's quotes are doubled.
    private static readonly string QuotedTenantExpression = TenantExpression.Replace("'", "''", StringComparison.Ordinal);

    private static readonly string Sql = $$"""
        DO $$
        DECLARE
            t record;
            relay text := current_database() || '_relay';
        BEGIN
            FOR t IN
                SELECT c.table_name FROM information_schema.columns c
                JOIN information_schema.tables tb ON tb.table_schema = c.table_schema AND tb.table_name = c.table_name
                WHERE c.table_schema = 'public' AND c.column_name = 'tenant_id' AND tb.table_type = 'BASE TABLE'
            LOOP
                EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', t.table_name);
                EXECUTE format('ALTER TABLE %I FORCE ROW LEVEL SECURITY', t.table_name);
                IF NOT EXISTS (SELECT 1 FROM pg_policies WHERE schemaname = 'public' AND tablename = t.table_name AND policyname = 'tenant_isolation') THEN
                    EXECUTE format('CREATE POLICY tenant_isolation ON %I USING (tenant_id = {{QuotedTenantExpression}}) WITH CHECK (tenant_id = {{QuotedTenantExpression}})', t.table_name);
                END IF;
            END LOOP;

            IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = relay) THEN
                EXECUTE format('GRANT SELECT, UPDATE, DELETE ON outbox TO %I', relay);
                EXECUTE format('GRANT SELECT, DELETE ON inbox TO %I', relay);
                IF NOT EXISTS (SELECT 1 FROM pg_policies WHERE tablename = 'outbox' AND policyname = 'relay_all_counties') THEN
                    EXECUTE format('CREATE POLICY relay_all_counties ON outbox TO %I USING (true) WITH CHECK (true)', relay);
                END IF;
                IF NOT EXISTS (SELECT 1 FROM pg_policies WHERE tablename = 'inbox' AND policyname = 'relay_all_counties') THEN
                    EXECUTE format('CREATE POLICY relay_all_counties ON inbox TO %I USING (true)', relay);
                END IF;
            END IF;
        END $$;
        """;

    public static async Task ApplyAsync(NpgsqlConnection ownerConnection, CancellationToken cancellationToken = default)
    {
        await using var command = new NpgsqlCommand(Sql, ownerConnection);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
