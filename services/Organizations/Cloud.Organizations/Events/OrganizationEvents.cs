using Cloud.Contracts.Organizations;
using Cloud.Organizations.Domain;

namespace Cloud.Organizations.Events;

/// <summary>The events Organizations raises, built in one place from the entity.</summary>
public static class OrganizationEvents
{
    public static OrganizationRegistered Registered(string tenantId, Organization organization) => new(
        tenantId, Guid.CreateVersion7(), organization.RegisteredAt,
        organization.Id, organization.Name, organization.Type.ToString(), organization.ParentOrganizationId,
        organization.Kind?.ToString(), organization.Domain?.ToString(), organization.Path,
        organization.EffectiveFrom, organization.Township, organization.Status.ToString());
}
