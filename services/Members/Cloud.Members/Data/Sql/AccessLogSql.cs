using Cloud.Persistence.Migrations;

namespace Cloud.Members.Data.Sql;

/// <summary>
/// Who looked at a member's record is evidence: the service may add to the log and read it, never change or remove an
/// entry. The database's default privileges give the app role UPDATE and DELETE on every table; this takes them back
/// for member_access_log.
/// </summary>
public static class AccessLogSql
{
    public static readonly string AppendOnly = AppRoleSql.Execute("REVOKE UPDATE, DELETE, TRUNCATE ON member_access_log FROM %2$I");

    public static readonly string Editable = AppRoleSql.Execute("GRANT UPDATE, DELETE ON member_access_log TO %2$I");
}
