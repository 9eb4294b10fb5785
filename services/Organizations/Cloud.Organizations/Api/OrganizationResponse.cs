using Cloud.Organizations.Domain;

namespace Cloud.Organizations.Api;

public sealed record OrganizationResponse(
    Guid Id, string Name, string Type, Guid? ParentId, DateTimeOffset RegisteredAt,
    string? Kind, string? Domain, string Status, string Path, string? Township)
{
    public static OrganizationResponse From(Organization organization) =>
        new(organization.Id, organization.Name, organization.Type.ToString(), organization.ParentOrganizationId, organization.RegisteredAt,
            organization.Kind?.ToString(), organization.Domain?.ToString(), organization.Status.ToString(), organization.Path, organization.Township);
}
