using System.Security.Claims;
using Cloud.Organizations.Data;
using Cloud.Organizations.Domain;
using Cloud.ServiceDefaults.Auth;
using Microsoft.EntityFrameworkCore;

namespace Cloud.Organizations.Api;

/// <summary>What the leadership endpoints need, bound as one parameter ([AsParameters]).</summary>
public sealed record LeadershipServices(ClaimsPrincipal User, OrganizationsDbContext Db, IOrganizationScope Scopes, TimeProvider Clock, CancellationToken CancellationToken)
{
    public DateOnly Today => CountyCalendar.Today(Clock);

    /// <summary>The organization, or null when it does not exist or lies outside the user's org scope (both read as 404).</summary>
    public async Task<Organization?> FindOrganizationAsync(Guid id) =>
        await User.MayActOnAsync(id, Scopes, CancellationToken)
            ? await Db.Organizations.AsNoTracking().FirstOrDefaultAsync(o => o.Id == id, CancellationToken)
            : null;
}
