using Cloud.Organizations.Domain;

namespace Cloud.Organizations.Api.Tree;

/// <summary>One organization of the tree as it stood on a date.</summary>
public sealed record TreeNodeResponse(
    Guid Id, Guid? ParentId, string Name, string Type, string? Kind, string? Domain, string? Township, string Status, string Path)
{
    public static TreeNodeResponse From(OrganizationVersion version) =>
        new(version.OrganizationId, version.ParentOrganizationId, version.Name, version.Type.ToString(), version.Kind?.ToString(),
            version.Domain?.ToString(), version.Township, version.Status.ToString(), version.Path);
}
