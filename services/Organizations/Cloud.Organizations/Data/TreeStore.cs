using Cloud.Organizations.Domain;
using Microsoft.EntityFrameworkCore;

namespace Cloud.Organizations.Data;

/// <summary>The SQL of tree-changing writes: the county's tree lock, the date checks over the subtree, the subtree move.</summary>
public static class TreeStore
{
    /// <summary>
    /// Tree-changing writes of one county take turns until their transaction ends: two moves checked against the same
    /// tree could otherwise close a cycle between them, and two sweeps dissolve one branch twice.
    /// </summary>
    public static Task LockTreeAsync(this OrganizationsDbContext db, CancellationToken cancellationToken) =>
        db.Database.ExecuteSqlAsync(
            $"SELECT pg_advisory_xact_lock(hashtextextended({"organization-tree:" + db.Tenant.TenantId}, 0))", cancellationToken);

    /// <summary>
    /// The names of <paramref name="names"/> that a non-dissolved organization of the county already carries (other than
    /// <paramref name="except"/>): a county's organizations go by their full names, so a second one is a double entry.
    /// The organization-list import holds names to the same rule.
    /// </summary>
    public static async Task<HashSet<string>> NamesTakenAsync(this OrganizationsDbContext db, IReadOnlyCollection<string> names, Guid? except, CancellationToken cancellationToken) =>
        [.. await db.Organizations.AsNoTracking()
            .Where(o => names.Contains(o.Name) && o.Status != OrganizationStatus.Dissolved && o.Id != except)
            .Select(o => o.Name).ToListAsync(cancellationToken)];

    /// <summary>The latest effective date of any organization at or under <paramref name="path"/>: a change to the whole subtree takes effect no earlier.</summary>
    public static Task<DateOnly> LatestChangeInSubtreeAsync(this OrganizationsDbContext db, string path, CancellationToken cancellationToken) =>
        db.Database.SqlQuery<DateOnly>($"""SELECT max(o.effective_from) AS "Value" FROM organizations o WHERE o.path <@ {path}::ltree""")
            .SingleAsync(cancellationToken);

    /// <summary>
    /// Whether <paramref name="parent"/> stood, not dissolved, where it stands now on every day since <paramref name="on"/>:
    /// only then does a child hung under it from that day on get the right path in every version.
    /// </summary>
    public static async Task<bool> StoodUnchangedSinceAsync(this OrganizationsDbContext db, Organization parent, DateOnly on, CancellationToken cancellationToken) =>
        on >= parent.EffectiveFrom
        || await db.Database.SqlQuery<bool>(
            $"""
            SELECT EXISTS (SELECT 1 FROM organization_versions v
                           WHERE v.organization_id = {parent.Id} AND v.valid_from <= {on} AND (v.valid_to IS NULL OR v.valid_to > {on}))
               AND NOT EXISTS (SELECT 1 FROM organization_versions v
                               WHERE v.organization_id = {parent.Id} AND (v.valid_to IS NULL OR v.valid_to > {on})
                                 AND (v.path <> {parent.Path}::ltree OR v.status = {nameof(OrganizationStatus.Dissolved)})) AS "Value"
            """).SingleAsync(cancellationToken);

    /// <summary>
    /// Moves <paramref name="organization"/> and everything under it below <paramref name="newParent"/> (null: the top) in one
    /// statement, effective <paramref name="on"/>; the history trigger records a version for each row. Returns the new path.
    /// </summary>
    public static async Task<string> MoveSubtreeAsync(this OrganizationsDbContext db, Guid organizationId, string oldPath, Organization? newParent, DateOnly on, CancellationToken cancellationToken)
    {
        var parentPath = newParent?.Path ?? string.Empty; // the empty ltree: concatenation leaves the subtree at the top
        await db.Database.ExecuteSqlAsync(
            $"""
            UPDATE organizations o
            SET path = {parentPath}::ltree || subpath(o.path, nlevel({oldPath}::ltree) - 1),
                parent_organization_id = CASE WHEN o.id = {organizationId} THEN {newParent?.Id} ELSE o.parent_organization_id END,
                effective_from = {on}
            WHERE o.path <@ {oldPath}::ltree
            """, cancellationToken);
        var label = Organization.PathLabel(organizationId);
        return newParent is null ? label : $"{newParent.Path}.{label}";
    }
}
