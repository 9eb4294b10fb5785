namespace Cloud.Members.Data.Sql;

/// <summary>
/// Bulk inserts (<see cref="BulkInsert"/>) stage rows in a temporary table: the app role needs TEMPORARY on its database,
/// which the database set-up revokes from PUBLIC. Runs as the owner; does nothing where the role is named otherwise.
/// </summary>
public static class BulkInsertSql
{
    public const string GrantTemporaryTables = """
        DO $$
        DECLARE
            app text := current_database() || '_app';
        BEGIN
            IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = app) THEN
                EXECUTE format('GRANT TEMPORARY ON DATABASE %I TO %I', current_database(), app);
            END IF;
        END $$;
        """;

    public const string RevokeTemporaryTables = """
        DO $$
        DECLARE
            app text := current_database() || '_app';
        BEGIN
            IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = app) THEN
                EXECUTE format('REVOKE TEMPORARY ON DATABASE %I FROM %I', current_database(), app);
            END IF;
        END $$;
        """;
}
