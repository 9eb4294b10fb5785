using Cloud.Organizations.Domain;
using Cloud.Organizations.Domain.Units;
using Microsoft.EntityFrameworkCore;

namespace Cloud.Organizations.Data;

/// <summary>Members per organization, for any rule that needs them (committee at 7 full members, branch size, ...).</summary>
public static class MemberCountQueries
{
    /// <summary>One row per organization of <paramref name="organizations"/>; those without a count yet have 0. Composable.</summary>
    public static IQueryable<OrganizationMembers> MembersPerOrganization(this OrganizationsDbContext db, IQueryable<Organization> organizations) =>
        from o in organizations
        join c in db.MemberCounts on o.Id equals c.OrganizationId into counts
        from c in counts.DefaultIfEmpty()
        select new OrganizationMembers
        {
            OrganizationId = o.Id,
            FullMembers = c == null ? 0 : c.FullMembers,
            ProbationaryMembers = c == null ? 0 : c.ProbationaryMembers,
            CountedAt = c == null ? null : c.CountedAt,
        };

    /// <summary>The members of one organization (0 before any count), whether or not the organization is registered.</summary>
    public static async Task<OrganizationMembers> MembersOfAsync(this OrganizationsDbContext db, Guid organizationId, CancellationToken cancellationToken) =>
        await db.MemberCounts.AsNoTracking().Where(c => c.OrganizationId == organizationId)
            .Select(c => new OrganizationMembers { OrganizationId = c.OrganizationId, FullMembers = c.FullMembers, ProbationaryMembers = c.ProbationaryMembers, CountedAt = c.CountedAt })
            .FirstOrDefaultAsync(cancellationToken)
        ?? new OrganizationMembers { OrganizationId = organizationId };
}
