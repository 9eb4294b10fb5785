using Cloud.Organizations.Domain;

namespace Cloud.Organizations.Api.Tree;

/// <summary>One state of an organization, valid from <c>validFrom</c> up to (not including) <c>validTo</c> (null: current).</summary>
public sealed record OrganizationVersionResponse(
    DateOnly ValidFrom, DateOnly? ValidTo, string Name, string Type, string? Kind, string? Domain, string? Township, string Status, Guid? ParentId, string Path)
{
    public static OrganizationVersionResponse From(OrganizationVersion version) =>
        new(version.ValidFrom, version.ValidTo, version.Name, version.Type.ToString(), version.Kind?.ToString(), version.Domain?.ToString(),
            version.Township, version.Status.ToString(), version.ParentOrganizationId, version.Path);
}
