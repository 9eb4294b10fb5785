namespace Cloud.Organizations.Domain.Import;

/// <summary>
/// One organization of an uploaded list, as far as its cells could be read: a cell with an error leaves its value null
/// (the error is in <see cref="OrganizationList.RowErrors"/>). <see cref="Number"/> is the row as Excel shows it.
/// </summary>
public sealed record ImportRow(
    int Number, string? Name, OrganizationType? Type, string? ParentName,
    BranchKind? Kind, OrganizationDomain? Domain, string? Township, Guid? SecretaryId, bool Proposed);
