using System.Security.Claims;
using Cloud.Organizations.Data;
using Cloud.Organizations.Domain.Units;
using Cloud.ServiceDefaults.Auth;

namespace Cloud.Organizations.Access;

public static class VisibleUnits
{
    /// <summary>
    /// The host units the user may see: all for county-wide users; for scoped users the units of organizations in
    /// their subtree, and the units with no organization at all (which they may link, and which 应建未建 names).
    /// </summary>
    public static IQueryable<HostUnit> VisibleUnitsTo(this OrganizationsDbContext db, ClaimsPrincipal user)
    {
        if (user.OrganizationScope() is null)
        {
            return db.HostUnits;
        }

        var covered = db.UnitIdsWithOrganization();
        var ours = db.UnitIdsLinkedTo(db.VisibleTo(user));
        return db.HostUnits.Where(u => !covered.Contains(u.Id) || ours.Contains(u.Id));
    }
}
