using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Npgsql;

namespace Cloud.Reporting.Data;

/// <summary>
/// The history tables Reporting keeps from the events, and how a new version takes its place in one: each version is
/// valid from its day up to the next version's day of the same subject (and aspect). Versions of one day are ordered by
/// when their event occurred, then by event id, so the result does not depend on the order events arrive in.
/// </summary>
public static class HistoryTables
{
    public const string MemberFacts = "member_facts_history";
    public const string MemberStates = "member_state_history";
    public const string OrganizationRecords = "organization_records";
    public const string OrganizationChanges = "organization_history";
    public const string DevelopmentCases = "development_case_history";
    public const string Positions = "position_records";
    public const string Terms = "term_records";

    /// <summary>
    /// Runs a change of one subject (a member, an organization, a case) in one round trip, inside the inbox transaction:
    /// first a lock that serializes the subject's changes across concurrent consumers until the transaction ends (so each
    /// recomputation of <c>valid_to</c> sees the versions the others committed), then <paramref name="change"/>, then the
    /// recomputation for each of <paramref name="closing"/> (table, subject column, whether versions are per aspect).
    /// One batch is one trace span, not one per statement: a county's import sends thousands of these.
    /// </summary>
    public static async Task ChangeAsync(
        ReportingDbContext db, Guid subject, IEnumerable<NpgsqlBatchCommand> change, IEnumerable<(string Table, string Column, bool ByAspect)> closing,
        CancellationToken cancellationToken)
    {
        var connection = (NpgsqlConnection)db.Database.GetDbConnection();
        await using var batch = new NpgsqlBatch(connection) { Transaction = (NpgsqlTransaction?)db.Database.CurrentTransaction?.GetDbTransaction() };
        batch.BatchCommands.Add(Command("SELECT pg_advisory_xact_lock(hashtextextended($1, 0))", subject.ToString("N")));
        foreach (var command in change)
        {
            batch.BatchCommands.Add(command);
        }

        foreach (var (table, column, byAspect) in closing)
        {
            batch.BatchCommands.Add(Command(CloseVersions(table, column, byAspect), subject));
        }

        await batch.ExecuteNonQueryAsync(cancellationToken);
    }

    /// <summary>One statement of a batch with positional parameters ($1, $2 …); a null is sent as NULL.</summary>
    public static NpgsqlBatchCommand Command(string sql, params object?[] values)
    {
        var command = new NpgsqlBatchCommand(sql);
        foreach (var value in values)
        {
            command.Parameters.Add(new NpgsqlParameter { Value = value ?? DBNull.Value });
        }

        return command;
    }

    // Sets valid_to of every version of the subject ($1) to the next version's day. Names are this class's constants.
    private static string CloseVersions(string table, string column, bool byAspect) =>
        $"""
        UPDATE {table} v SET valid_to = n.next_from
        FROM (SELECT event_id, {(byAspect ? "aspect," : string.Empty)}
                     lead(valid_from) OVER ({(byAspect ? "PARTITION BY aspect" : string.Empty)} ORDER BY valid_from, occurred_at, event_id) AS next_from
              FROM {table} WHERE {column} = $1) n
        WHERE v.{column} = $1 AND v.event_id = n.event_id {(byAspect ? "AND v.aspect = n.aspect" : string.Empty)} AND v.valid_to IS DISTINCT FROM n.next_from
        """;
}
