namespace Cloud.Organizations.Domain.Import;

/// <summary>
/// Where a row's 上级组织 points: another row of the file, an existing organization, or the top of the county (both null);
/// unresolved when the name found nothing (the row then has an error).
/// </summary>
internal readonly record struct ParentLink(ImportRow? Row, Organization? Existing, bool Resolved)
{
    public static ParentLink ToRow(ImportRow row) => new(row, null, true);

    public static ParentLink ToExisting(Organization? existing) => new(null, existing, true);

    public static readonly ParentLink Unresolved = new(null, null, false);
}
