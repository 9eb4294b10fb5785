namespace Cloud.Organizations.Api.Tree;

/// <summary>One organization of the tree as it stood on a date.</summary>
public sealed record TreeNodeResponse(
    Guid Id, Guid? ParentId, string Name, string Type, string? Kind, string? Domain, string? Township, string Status, string Path);
