using System.Security.Claims;
using Cloud.Organizations.Data;
using Cloud.Organizations.Domain;
using Cloud.ServiceDefaults.Auth;
using Microsoft.EntityFrameworkCore;

namespace Cloud.Organizations.Api.Tree;

/// <summary>What every tree endpoint needs, bound as one parameter bag.</summary>
public sealed record TreeServices(ClaimsPrincipal User, OrganizationsDbContext Db, IOrganizationScope Scopes, TimeProvider Clock)
{
    public DateOnly Today => CountyCalendar.Today(Clock);

    public string County => Db.Tenant.TenantId ?? throw new InvalidOperationException("A tree write needs a county.");

    /// <summary>The organization to change, tracked; null when it is unknown or outside the user's scope (both answer 404).</summary>
    public async Task<Organization?> FindForWriteAsync(Guid id, CancellationToken cancellationToken) =>
        await User.MayActOnAsync(id, Scopes, cancellationToken)
            ? await Db.Organizations.FirstOrDefaultAsync(o => o.Id == id, cancellationToken)
            : null;

    /// <summary>The live direct children of <paramref name="organization"/>, untracked (their rows are moved by SQL).</summary>
    public Task<Organization[]> LiveChildrenAsync(Organization organization, CancellationToken cancellationToken) =>
        Db.Organizations.AsNoTracking()
            .Where(o => o.ParentOrganizationId == organization.Id && o.Status != OrganizationStatus.Dissolved)
            .OrderBy(o => o.Path)
            .ToArrayAsync(cancellationToken);
}
