using Cloud.Contracts.Organizations;
using Cloud.Organizations.Data;
using Cloud.Organizations.Domain;
using Cloud.Organizations.Events;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Cloud.Organizations.Api.Tree;

/// <summary>
/// Sends the county's whole current tree again, through the outbox: a service that started keeping a copy after the
/// tree was built (a new service, a rebuilt read model) learns it this way. Copies that have it already change nothing:
/// a registration they know is skipped, and a status is set to what it is.
/// </summary>
public static class TreeRepublish
{
    public sealed record RepublishResponse(int Organizations);

    public static async Task<Accepted<RepublishResponse>> Republish(OrganizationsDbContext db, TimeProvider clock, CancellationToken cancellationToken)
    {
        var county = db.Tenant.TenantId!;
        var now = clock.GetUtcNow();
        var today = CountyCalendar.DateOf(now);
        // Parents first, so a copy that rebuilds paths from parents (events without a path) finds them.
        var organizations = await db.Organizations.AsNoTracking().ToListAsync(cancellationToken);
        foreach (var organization in organizations.OrderBy(o => o.Path.Count(c => c == '.')))
        {
            db.Publish(OrganizationEvents.Registered(county, organization) with { EventId = Guid.CreateVersion7(now), OccurredAt = now });
            if (organization.Status == OrganizationStatus.Dissolved)
            {
                db.Publish(new OrganizationDissolved(county, Guid.CreateVersion7(now), now, organization.Id, "重新同步组织树", today));
            }
            else if (organization.Status != OrganizationStatus.Active)
            {
                db.Publish(new OrganizationStatusChanged(county, Guid.CreateVersion7(now), now, organization.Id, nameof(OrganizationStatus.Active), organization.Status.ToString(), today));
            }
        }

        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Accepted((string?)null, new RepublishResponse(organizations.Count));
    }
}
