using Cloud.Contracts.Organizations;
using Cloud.Organizations.Domain;

namespace Cloud.Organizations.Events;

/// <summary>The events of tree-changing writes (rename, move, merge, split, dissolution, status), built in one place.</summary>
public static class TreeEvents
{
    public static OrganizationRenamed Renamed(string tenantId, DateTimeOffset now, Guid organizationId, string oldName, string newName, DateOnly on) =>
        new(tenantId, Guid.CreateVersion7(now), now, organizationId, oldName, newName, on);

    public static OrganizationMoved Moved(string tenantId, DateTimeOffset now, Guid organizationId, Guid? oldParentId, Guid? newParentId, string oldPath, string newPath, DateOnly on) =>
        new(tenantId, Guid.CreateVersion7(now), now, organizationId, oldParentId, newParentId, oldPath, newPath, on);

    public static OrganizationsMerged Merged(string tenantId, DateTimeOffset now, Guid sourceId, Guid targetId, DateOnly on) =>
        new(tenantId, Guid.CreateVersion7(now), now, sourceId, targetId, on);

    public static OrganizationSplit Split(string tenantId, DateTimeOffset now, Guid sourceId, IReadOnlyList<Guid> newIds, DateOnly on) =>
        new(tenantId, Guid.CreateVersion7(now), now, sourceId, newIds, on);

    public static OrganizationDissolved Dissolved(string tenantId, DateTimeOffset now, Organization organization, DissolutionReason reason) =>
        new(tenantId, Guid.CreateVersion7(now), now, organization.Id, reason.ToString(), organization.DissolvedOn ?? organization.EffectiveFrom);

    public static OrganizationStatusChanged StatusChanged(string tenantId, DateTimeOffset now, Guid organizationId, OrganizationStatus oldStatus, OrganizationStatus newStatus, DateOnly on) =>
        new(tenantId, Guid.CreateVersion7(now), now, organizationId, oldStatus.ToString(), newStatus.ToString(), on);
}
