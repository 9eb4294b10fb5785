using Cloud.Organizations.Domain;
using Cloud.Organizations.Domain.Units;

namespace Cloud.Organizations.Data;

/// <summary><c>HasOrganization</c>: a unit is covered when a non-dissolved organization has it as host unit or covered unit.</summary>
public static class UnitCoverageQueries
{
    /// <summary>The ids of the units linked to a non-dissolved organization of <paramref name="organizations"/> (may repeat).</summary>
    public static IQueryable<Guid> UnitIdsLinkedTo(this OrganizationsDbContext db, IQueryable<Organization> organizations)
    {
        var established = organizations.Where(o => o.Status != OrganizationStatus.Dissolved);
        return established.Where(o => o.HostUnitId != null).Select(o => o.HostUnitId!.Value)
            .Concat(db.CoveredUnits.Where(c => established.Any(o => o.Id == c.OrganizationId)).Select(c => c.UnitId));
    }

    /// <summary>The ids of the county's units that have an organization.</summary>
    public static IQueryable<Guid> UnitIdsWithOrganization(this OrganizationsDbContext db) => db.UnitIdsLinkedTo(db.Organizations);

    public static IQueryable<HostUnit> InTownship(this IQueryable<HostUnit> units, string? township) =>
        string.IsNullOrWhiteSpace(township) ? units : units.Where(u => u.Township == township.Trim());
}
