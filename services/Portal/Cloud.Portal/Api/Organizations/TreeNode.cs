namespace Cloud.Portal.Api.Organizations;

/// <summary>One organization of <c>GET /api/organizations/tree?depth=…</c>: the tree as it stood on a day, a level at a time.</summary>
public sealed record TreeNode(Guid Id, Guid? ParentId, string Name, string Type, string? Kind, string Status, int? Members, bool? HasChildren);
