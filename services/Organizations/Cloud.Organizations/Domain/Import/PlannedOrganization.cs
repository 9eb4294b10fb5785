namespace Cloud.Organizations.Domain.Import;

/// <summary>An organization the import registers, with the row it comes from (its secretary id is kept there).</summary>
public sealed record PlannedOrganization(ImportRow Row, Organization Organization);
