using System.Security.Claims;

namespace Cloud.ServiceDefaults.Auth;

/// <summary>
/// The org-scope hook: an OrgAdmin or BranchSecretary (claim <c>org_scope</c>) sees the subtree under that organization.
/// Services that keep a copy of the organization tree (fed by the organization events) replace the default, which
/// knows no tree and grants only the scope organization itself.
/// </summary>
public interface IOrganizationScope
{
    Task<bool> ContainsAsync(Guid scope, Guid organizationId, CancellationToken cancellationToken);
}

public sealed class ScopeOrganizationOnly : IOrganizationScope
{
    public Task<bool> ContainsAsync(Guid scope, Guid organizationId, CancellationToken cancellationToken) =>
        Task.FromResult(scope == organizationId);
}

public static class OrganizationScopeExtensions
{
    /// <summary>The user's scope organization, or null for a county-wide user.</summary>
    public static Guid? OrganizationScope(this ClaimsPrincipal user) =>
        Guid.TryParse(user.FindFirst(CloudClaims.OrgScope)?.Value, out var scope) ? scope : null;

    /// <summary>Whether the user may act on <paramref name="organizationId"/>: county-wide users anywhere in their county, scoped users in their subtree.</summary>
    public static async Task<bool> MayActOnAsync(this ClaimsPrincipal user, Guid organizationId, IOrganizationScope scopes, CancellationToken cancellationToken) =>
        user.OrganizationScope() is not { } scope || await scopes.ContainsAsync(scope, organizationId, cancellationToken);
}
