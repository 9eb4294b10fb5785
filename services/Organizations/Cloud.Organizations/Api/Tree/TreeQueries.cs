using System.Runtime.CompilerServices;
using Cloud.Organizations.Data;
using Microsoft.EntityFrameworkCore;

namespace Cloud.Organizations.Api.Tree;

/// <summary>
/// The tree as it stood at the end of a day, read from organization_versions: the versions valid on that day, not
/// dissolved, optionally under a root and within a scope as they stood then. Used by the API and the benchmark alike.
/// </summary>
public sealed class TreeQueries(OrganizationsDbContext db)
{
    /// <summary>
    /// The organizations ordered by path (each parent before its children) as of the end of <paramref name="asOf"/>
    /// (null: now), under <paramref name="rootId"/> (null: the whole county), within <paramref name="scopeId"/>'s subtree;
    /// with <paramref name="depth"/>, only that many levels below the root (the root, else the scope, else the county's
    /// top), each node with its member count and whether it has children that day.
    /// </summary>
    public Task<List<TreeNodeResponse>> TreeAsOfAsync(DateOnly? asOf, Guid? rootId, Guid? scopeId, int? depth, CancellationToken cancellationToken)
    {
        // Nothing is valid beyond the last day, so "now" is the open versions.
        var day = asOf ?? DateOnly.MaxValue;
        object[] roots = [.. new[] { rootId, scopeId }.OfType<Guid>().Distinct().Cast<object>()];
        var sql = (depth is null ? WholeTree : Levels) + TreeOnDay
            + (roots.Length > 0 ? UnderFirstRoot : string.Empty) + (roots.Length > 1 ? UnderSecondRoot : string.Empty)
            + (depth is null ? string.Empty : roots.Length > 0 ? WithinDepthOfFirstRoot : WithinDepthOfTop)
            + "\n" + TreeOrder;
        object[] arguments = [db.Tenant.TenantId ?? string.Empty, day, .. roots];
        // The depth is the last argument, after the roots: {2} with no root, {3} or {4} with one or two.
        arguments = depth is { } levels ? [.. arguments, levels] : arguments;
        sql = sql.Replace("{depth}", "{" + (arguments.Length - 1) + "}", StringComparison.Ordinal);
        // Read straight into the response (names as stored, the tenant key as a second line behind row-level security):
        // a tree is thousands of rows, each materialized once.
        return db.Database.SqlQuery<TreeNodeResponse>(FormattableStringFactory.Create(sql, arguments)).ToListAsync(cancellationToken);
    }

    /// <summary>The versions of one organization, oldest first.</summary>
    public async Task<OrganizationVersionResponse[]> HistoryAsync(Guid organizationId, CancellationToken cancellationToken) =>
        [.. (await db.OrganizationVersions.AsNoTracking()
            .Where(v => v.OrganizationId == organizationId)
            .OrderBy(v => v.ValidFrom)
            .ToListAsync(cancellationToken)).Select(OrganizationVersionResponse.From)];

    // Tree order (each parent before its children) by the path's text in byte order: the same order as ltree's, since
    // every label is a 32-character id, at a third of the cost (ltree compares label by label: sorting a county's 3,500
    // paths took 13 ms of its 15).
    private const string TreeOrder = "ORDER BY v.path::text COLLATE \"C\"";

    private const string Columns = """
        SELECT v.organization_id AS "Id", v.parent_organization_id AS "ParentId", v.name AS "Name", v.type AS "Type", v.kind AS "Kind",
               v.domain AS "Domain", v.township AS "Township", v.status AS "Status", v.path::text AS "Path",
        """;

    // The whole tree at once carries no counts: its reader has every level and the cost stays that of the tree alone.
    private const string WholeTree = Columns + """

               NULL::integer AS "Members", NULL::boolean AS "HasChildren"
        FROM organization_versions v
        """;

    // A few levels for a tree view: the member count by the count's key, children by the path's GiST index.
    private const string Levels = Columns + """

               m.full_members + m.probationary_members AS "Members",
               EXISTS (SELECT 1 FROM organization_versions c
                       WHERE c.tenant_id = v.tenant_id AND c.path <@ v.path AND nlevel(c.path) = nlevel(v.path) + 1
                         AND c.valid_from <= {1} AND (c.valid_to IS NULL OR c.valid_to > {1}) AND c.status <> 'Dissolved') AS "HasChildren"
        FROM organization_versions v
        LEFT JOIN organization_member_counts m ON m.tenant_id = v.tenant_id AND m.organization_id = v.organization_id
        """;

    private const string TreeOnDay = """

        WHERE v.tenant_id = {0} AND v.valid_from <= {1} AND (v.valid_to IS NULL OR v.valid_to > {1}) AND v.status <> 'Dissolved'
        """;

    // A root's path as it stood that day; the GiST index finds the versions ever under it, the dates keep that day's.
    private const string UnderFirstRoot = """

          AND v.path <@ (SELECT r.path FROM organization_versions r WHERE r.organization_id = {2}
                         AND r.valid_from <= {1} AND (r.valid_to IS NULL OR r.valid_to > {1}) AND r.status <> 'Dissolved')
        """;

    private const string UnderSecondRoot = """

          AND v.path <@ (SELECT r.path FROM organization_versions r WHERE r.organization_id = {3}
                         AND r.valid_from <= {1} AND (r.valid_to IS NULL OR r.valid_to > {1}) AND r.status <> 'Dissolved')
        """;

    private const string WithinDepthOfFirstRoot = """

          AND nlevel(v.path) <= {depth} + (SELECT nlevel(r.path) FROM organization_versions r WHERE r.organization_id = {2}
                         AND r.valid_from <= {1} AND (r.valid_to IS NULL OR r.valid_to > {1}) AND r.status <> 'Dissolved')
        """;

    private const string WithinDepthOfTop = """

          AND nlevel(v.path) <= {depth} + 1
        """;
}
