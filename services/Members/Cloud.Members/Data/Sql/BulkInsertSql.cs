using Cloud.Persistence.Migrations;

namespace Cloud.Members.Data.Sql;

/// <summary>
/// Bulk inserts (<see cref="BulkInsert"/>) stage rows in a temporary table: the app role needs TEMPORARY on its database,
/// which the database set-up revokes from PUBLIC.
/// </summary>
public static class BulkInsertSql
{
    public static readonly string GrantTemporaryTables = AppRoleSql.Execute("GRANT TEMPORARY ON DATABASE %1$I TO %2$I");

    public static readonly string RevokeTemporaryTables = AppRoleSql.Execute("REVOKE TEMPORARY ON DATABASE %1$I FROM %2$I");
}
