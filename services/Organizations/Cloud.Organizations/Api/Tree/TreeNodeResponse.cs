namespace Cloud.Organizations.Api.Tree;

/// <summary>
/// One organization of the tree as it stood on a date. Read one level at a time (<c>depth</c>), a node also says how many
/// members it has now (the Members service's last count; null before any) and whether it had children that day, so a
/// tree view can show the count and an expander without reading the levels below.
/// </summary>
public sealed record TreeNodeResponse(
    Guid Id, Guid? ParentId, string Name, string Type, string? Kind, string? Domain, string? Township, string Status, string Path)
{
    public int? Members { get; init; }

    public bool? HasChildren { get; init; }
}
