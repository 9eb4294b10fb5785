namespace Cloud.Persistence.Migrations;

/// <summary>
/// Privileges of the service's app role (<c>&lt;database&gt;_app</c>, which owns nothing) that a migration changes, run
/// as the owner. Does nothing where the role is named otherwise (a database set up by hand).
/// </summary>
public static class AppRoleSql
{
    /// <summary>
    /// A DO block that runs <c>format(<paramref name="statement"/>, current_database(), app role)</c> when the app role
    /// exists: <c>%1$I</c> in the statement is the database, <c>%2$I</c> the role (e.g. <c>GRANT TEMPORARY ON DATABASE %1$I TO %2$I</c>).
    /// </summary>
    public static string Execute(string statement) => $$"""
        DO $app_role$
        DECLARE
            app text := current_database() || '_app';
        BEGIN
            IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = app) THEN
                EXECUTE format('{{statement.Replace("'", "''", StringComparison.Ordinal)}}', current_database(), app);
            END IF;
        END $app_role$;
        """;
}
