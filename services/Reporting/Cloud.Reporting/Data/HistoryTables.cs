using Microsoft.EntityFrameworkCore;

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
    /// Serializes the changes of one subject (a member, an organization, a case) across concurrent consumers until the
    /// transaction ends, so that each recomputation of <c>valid_to</c> sees the versions the others committed.
    /// </summary>
    public static Task LockSubjectAsync(ReportingDbContext db, Guid subject, CancellationToken cancellationToken) =>
        db.Database.ExecuteSqlAsync($"SELECT pg_advisory_xact_lock(hashtextextended({subject.ToString("N")}, 0))", cancellationToken);

    /// <summary>Sets <c>valid_to</c> of every version of <paramref name="subject"/> in <paramref name="table"/> to the next version's day.</summary>
    public static Task CloseVersionsAsync(ReportingDbContext db, string table, string subjectColumn, Guid subject, bool byAspect, CancellationToken cancellationToken)
    {
        // Table and column names are this class's constants, never input; the subject is a parameter.
        var partition = byAspect ? "PARTITION BY aspect" : string.Empty;
        var sameRow = byAspect ? "AND v.aspect = n.aspect" : string.Empty;
#pragma warning disable EF1002 // identifiers are constants of this class
        return db.Database.ExecuteSqlRawAsync(
            $"""
            UPDATE {table} v SET valid_to = n.next_from
            FROM (SELECT event_id, {(byAspect ? "aspect," : string.Empty)}
                         lead(valid_from) OVER ({partition} ORDER BY valid_from, occurred_at, event_id) AS next_from
                  FROM {table} WHERE {subjectColumn} = @subject) n
            WHERE v.{subjectColumn} = @subject AND v.event_id = n.event_id {sameRow} AND v.valid_to IS DISTINCT FROM n.next_from
            """,
            [new Npgsql.NpgsqlParameter("subject", subject)],
            cancellationToken);
#pragma warning restore EF1002
    }
}
