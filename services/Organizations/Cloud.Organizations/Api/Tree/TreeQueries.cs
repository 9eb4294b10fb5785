using System.Runtime.CompilerServices;
using Cloud.Organizations.Data;
using Cloud.Organizations.Domain;
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
    /// (null: now), under <paramref name="rootId"/> (null: the whole county), within <paramref name="scopeId"/>'s subtree.
    /// </summary>
    public async Task<TreeNodeResponse[]> TreeAsOfAsync(DateOnly? asOf, Guid? rootId, Guid? scopeId, CancellationToken cancellationToken)
    {
        // Nothing is valid beyond the last day, so "now" is the open versions.
        var day = asOf ?? DateOnly.MaxValue;
        var versions = await Under(day, rootId, scopeId)
            .Where(v => v.ValidFrom <= day && (v.ValidTo == null || v.ValidTo > day) && v.Status != OrganizationStatus.Dissolved)
            .OrderBy(v => v.Path)
            .AsNoTracking()
            .ToListAsync(cancellationToken);
        return [.. versions.Select(TreeNodeResponse.From)];
    }

    /// <summary>The versions of one organization, oldest first.</summary>
    public async Task<OrganizationVersionResponse[]> HistoryAsync(Guid organizationId, CancellationToken cancellationToken) =>
        [.. (await db.OrganizationVersions.AsNoTracking()
            .Where(v => v.OrganizationId == organizationId)
            .OrderBy(v => v.ValidFrom)
            .ToListAsync(cancellationToken)).Select(OrganizationVersionResponse.From)];

    // Each root's path as it stood that day; versions ever under it are found by the GiST index and the date filter keeps that day's.
    private IQueryable<OrganizationVersion> Under(DateOnly day, Guid? rootId, Guid? scopeId)
    {
        var roots = new[] { rootId, scopeId }.OfType<Guid>().Distinct().ToArray();
        if (roots.Length == 0)
        {
            return db.OrganizationVersions;
        }

        const string PathOn = "(SELECT r.path FROM organization_versions r WHERE r.organization_id = {{{0}}} AND r.valid_from <= {{{1}}} AND (r.valid_to IS NULL OR r.valid_to > {{{1}}}) AND r.status <> 'Dissolved')";
        var conditions = roots.Select((_, i) => "v.path <@ " + string.Format(System.Globalization.CultureInfo.InvariantCulture, PathOn, 2 * i, (2 * i) + 1));
        var arguments = roots.SelectMany(r => new object[] { r, day }).ToArray();
        return db.OrganizationVersions.FromSql(FormattableStringFactory.Create(
            "SELECT v.* FROM organization_versions v WHERE " + string.Join(" AND ", conditions), arguments));
    }
}
