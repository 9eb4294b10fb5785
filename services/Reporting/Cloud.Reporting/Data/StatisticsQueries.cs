using Microsoft.EntityFrameworkCore;

namespace Cloud.Reporting.Data;

/// <summary>
/// The statistics of a county, or of one subtree of it, as of a day, from the history tables: one statement per
/// subject (members, organizations, development cases), each returning (dimension, key, count) rows. The subtree is
/// the one the parents valid on that day make (a branch moved in June counts under its new township only from June).
/// </summary>
public static class StatisticsQueries
{
    /// <summary>One count of the statistics: <paramref name="Dimension"/> names what is counted by, <paramref name="Key"/> the value.</summary>
    public sealed record Cell(string Dimension, string Key, long Count);

    // The organizations of the subtree under @root as of @day (all of the county when @root is null).
    private const string Subtree = """
        parents AS (
            SELECT organization_id, NULLIF(value, '')::uuid AS parent_id FROM organization_history
            WHERE aspect = 'Parent' AND valid_from <= @day AND (valid_to IS NULL OR valid_to > @day)),
        subtree AS (
            SELECT @root::uuid AS organization_id WHERE @root::uuid IS NOT NULL
            UNION
            SELECT p.organization_id FROM parents p JOIN subtree s ON p.parent_id = s.organization_id)
        """;

    // The grassroots organizations (not the county committee, not party groups) set up by @day and active on it, in the subtree.
    private static readonly string Standing = $"""
        standing AS MATERIALIZED (
            SELECT o.organization_id, o.type, o.domain, o.township FROM organization_records o
            JOIN organization_history s ON s.organization_id = o.organization_id AND s.aspect = 'Status' AND {ValidOn("s")}
            WHERE s.value = 'Active' AND o.type NOT IN ('CountyCommittee', 'PartyGroup')
              AND (@root::uuid IS NULL OR o.organization_id IN (SELECT organization_id FROM subtree)))
        """;

    private static string ValidOn(string alias) => $"{alias}.valid_from <= @day AND ({alias}.valid_to IS NULL OR {alias}.valid_to > @day)";

    // The statements, built once; public so that a benchmark can run the same text by hand (tests/Cloud.Benchmarks).
    public static readonly string MembersStatement = $"""
            WITH RECURSIVE {Subtree},
            members AS MATERIALIZED (
                SELECT f.gender, f.is_minority, f.education_band, f.occupation, f.employment_status,
                       extract(year FROM @day)::int - f.birth_year AS age,
                       (f.membership_status = 'Full' AND (f.confirmed_on IS NULL OR f.confirmed_on <= @day)) AS is_full,
                       coalesce(m.value = 'On', false) AS is_mobile, l.value AS lost_contact
                FROM member_facts_history f
                JOIN member_state_history r ON r.member_id = f.member_id AND r.aspect = 'Roll' AND r.value = 'On' AND {ValidOn("r")}
                LEFT JOIN member_state_history m ON m.member_id = f.member_id AND m.aspect = 'Mobile' AND {ValidOn("m")}
                LEFT JOIN member_state_history l ON l.member_id = f.member_id AND l.aspect = 'LostContact' AND {ValidOn("l")}
                WHERE {ValidOn("f")} AND (@root::uuid IS NULL OR f.organization_id IN (SELECT organization_id FROM subtree)))
            SELECT 'Status' AS dimension, CASE WHEN is_full THEN 'Full' ELSE 'Probationary' END AS key, count(*) AS count FROM members GROUP BY 2
            UNION ALL SELECT 'Gender', gender, count(*) FROM members GROUP BY 2
            UNION ALL SELECT 'Minority', CASE WHEN is_minority THEN 'Minority' ELSE 'Han' END, count(*) FROM members GROUP BY 2
            UNION ALL SELECT 'Education', education_band, count(*) FROM members GROUP BY 2
            UNION ALL SELECT 'Occupation', occupation, count(*) FROM members GROUP BY 2
            UNION ALL SELECT 'Employment', employment_status, count(*) FROM members GROUP BY 2
            UNION ALL SELECT 'AgeBand', (SELECT count(*) FROM unnest(@upper::int[]) u WHERE age > u)::text, count(*) FROM members GROUP BY 2
            UNION ALL SELECT 'Under35', 'Under35', count(*) FROM members WHERE age <= 35
            UNION ALL SELECT 'Mobile', 'Mobile', count(*) FROM members WHERE is_mobile
            UNION ALL SELECT 'LostContact', lost_contact, count(*) FROM members WHERE lost_contact IS NOT NULL GROUP BY 2
            UNION ALL SELECT 'AgeSum', 'All', coalesce(sum(age), 0) FROM members
            """;

    public static readonly string NewMembersStatement = $"""
            WITH RECURSIVE {Subtree},
            admitted AS MATERIALIZED (
                SELECT f.gender, f.is_minority, f.education_band, f.occupation, extract(year FROM f.admission_approved_on)::int - f.birth_year AS age
                FROM member_facts_history f
                WHERE {ValidOn("f")} AND f.admission_approved_on BETWEEN @from AND @day
                  AND (@root::uuid IS NULL OR f.organization_id IN (SELECT organization_id FROM subtree)))
            SELECT 'All' AS dimension, 'All' AS key, count(*) AS count FROM admitted
            UNION ALL SELECT 'Gender', gender, count(*) FROM admitted GROUP BY 2
            UNION ALL SELECT 'Minority', CASE WHEN is_minority THEN 'Minority' ELSE 'Han' END, count(*) FROM admitted GROUP BY 2
            UNION ALL SELECT 'Education', education_band, count(*) FROM admitted GROUP BY 2
            UNION ALL SELECT 'Occupation', occupation, count(*) FROM admitted GROUP BY 2
            UNION ALL SELECT 'Under35', 'Under35', count(*) FROM admitted WHERE age <= 35
            """;

    public static readonly string PipelineStatement = $"""
            WITH RECURSIVE {Subtree}
            SELECT 'Stage' AS dimension, stage AS key, count(*) AS count FROM development_case_history c
            WHERE {ValidOn("c")} AND (@root::uuid IS NULL OR c.organization_id IN (SELECT organization_id FROM subtree))
            GROUP BY 2
            """;

    public static readonly string OrganizationsStatement = $"""
            WITH RECURSIVE {Subtree},
            {Standing}
            SELECT 'Type' AS dimension, type AS key, count(*) AS count FROM standing GROUP BY 2
            UNION ALL SELECT 'TypeDomain', type || '/' || coalesce(domain, ''), count(*) FROM standing GROUP BY 2
            UNION ALL SELECT 'Township', coalesce(township, ''), count(*) FROM standing GROUP BY 2
            """;

    public static readonly string LeadershipStatement = $"""
            WITH RECURSIVE {Subtree},
            {Standing},
            secretaries AS MATERIALIZED (
                SELECT p.organization_id, p.is_dual_role, p.heads_host_unit, st.domain, f.gender, f.education_band,
                       extract(year FROM @day)::int - f.birth_year AS age
                FROM position_records p
                JOIN standing st ON st.organization_id = p.organization_id
                LEFT JOIN member_facts_history f ON f.member_id = p.member_id AND {ValidOn("f")}
                WHERE p.role = 'Secretary' AND p.started_on <= @day AND (p.ended_on IS NULL OR p.ended_on > @day)),
            terms AS MATERIALIZED (
                SELECT t.started_on, t.closed_on, coalesce(t.extended_until, t.planned_end_on) AS due FROM term_records t
                JOIN standing st ON st.organization_id = t.organization_id
                WHERE t.started_on IS NOT NULL)
            SELECT 'Organizations' AS dimension, 'All' AS key, count(*) AS count FROM standing
            UNION ALL SELECT 'Staffed', 'All', count(DISTINCT organization_id) FROM secretaries
            UNION ALL SELECT 'Secretaries', 'All', count(*) FROM secretaries
            UNION ALL SELECT 'AgeBand', (SELECT count(*) FROM unnest(@upper::int[]) u WHERE age > u)::text, count(*) FROM secretaries WHERE age IS NOT NULL GROUP BY 2
            UNION ALL SELECT 'AgeSum', 'All', coalesce(sum(age), 0) FROM secretaries
            UNION ALL SELECT 'AgeKnown', 'All', count(age) FROM secretaries
            UNION ALL SELECT 'Gender', gender, count(*) FROM secretaries WHERE gender IS NOT NULL GROUP BY 2
            UNION ALL SELECT 'Education', education_band, count(*) FROM secretaries WHERE education_band IS NOT NULL GROUP BY 2
            UNION ALL SELECT 'VillageSecretaries', 'All', count(*) FROM secretaries WHERE domain = 'Village'
            UNION ALL SELECT 'DualRole', 'All', count(*) FROM secretaries WHERE domain = 'Village' AND is_dual_role
            UNION ALL SELECT 'UnitHead', 'All', count(*) FROM secretaries WHERE heads_host_unit
            UNION ALL SELECT 'TermsDue', 'All', count(*) FROM terms WHERE due BETWEEN @from AND @day
            UNION ALL SELECT 'TermsOnTime', 'All', count(*) FROM terms WHERE due BETWEEN @from AND @day AND closed_on IS NOT NULL AND closed_on <= due
            UNION ALL SELECT 'OverdueTerms', 'All', count(*) FROM terms WHERE started_on <= @day AND (closed_on IS NULL OR closed_on > @day) AND due < @day
            """;

    /// <summary>
    /// Members on the roll on @day by status, sex, minority, education band, occupation, employment, age band
    /// (@upper: the scheme's upper ages), mobility and lost contact, plus the sum of their ages.
    /// </summary>
    public static Task<List<Cell>> MembersAsync(ReportingDbContext db, DateOnly day, Guid? root, int[] upperAges, CancellationToken cancellationToken) =>
        QueryAsync(db, MembersStatement, day, root, upperAges, cancellationToken);

    /// <summary>
    /// Members admitted (入党, the committee's approval) from @from to @day, by sex, minority, education, occupation and
    /// whether they were 35 or under that year, as their facts stood on @day.
    /// </summary>
    public static Task<List<Cell>> NewMembersAsync(ReportingDbContext db, DateOnly from, DateOnly day, Guid? root, CancellationToken cancellationToken) =>
        QueryAsync(db, NewMembersStatement, day, root, [], cancellationToken, ("from", from));

    /// <summary>Development cases in each stage on @day (the pipeline's stocks).</summary>
    public static Task<List<Cell>> PipelineAsync(ReportingDbContext db, DateOnly day, Guid? root, CancellationToken cancellationToken) =>
        QueryAsync(db, PipelineStatement, day, root, [], cancellationToken);

    /// <summary>
    /// Grassroots organizations (not the county committee, not party groups) set up by @day and not dissolved on it,
    /// by type, by type and domain, and by township.
    /// </summary>
    public static Task<List<Cell>> OrganizationsAsync(ReportingDbContext db, DateOnly day, Guid? root, CancellationToken cancellationToken) =>
        QueryAsync(db, OrganizationsStatement, day, root, [], cancellationToken);

    /// <summary>
    /// Secretaries and terms (indicators 13–15, 17, 18): the grassroots organizations standing on @day and those with a
    /// secretary; the secretaries by age band (@upper), sex and education as their facts stood that day, 一肩挑 among
    /// village secretaries, heads of their units; terms due from @from to @day and those closed by the election in time,
    /// and terms past due still open on @day.
    /// </summary>
    public static Task<List<Cell>> LeadershipAsync(ReportingDbContext db, DateOnly from, DateOnly day, Guid? root, int[] upperAges, CancellationToken cancellationToken) =>
        QueryAsync(db, LeadershipStatement, day, root, upperAges, cancellationToken, ("from", from));

    private static Task<List<Cell>> QueryAsync(
        ReportingDbContext db, string sql, DateOnly day, Guid? root, int[] upperAges, CancellationToken cancellationToken, params (string Name, object Value)[] more)
    {
        object[] parameters =
        [
            new Npgsql.NpgsqlParameter("day", day),
            new Npgsql.NpgsqlParameter("root", NpgsqlTypes.NpgsqlDbType.Uuid) { Value = (object?)root ?? DBNull.Value },
            new Npgsql.NpgsqlParameter("upper", upperAges),
            .. more.Select(p => new Npgsql.NpgsqlParameter(p.Name, p.Value)),
        ];
        // Only this class's constant SQL reaches here; every value is a parameter.
#pragma warning disable EF1002
        return db.Database.SqlQueryRaw<Cell>(sql, parameters).ToListAsync(cancellationToken);
#pragma warning restore EF1002
    }
}
