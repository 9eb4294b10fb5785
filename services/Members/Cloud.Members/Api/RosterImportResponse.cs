namespace Cloud.Members.Api;

/// <summary>A finished import: rows read, members imported, rows skipped as already in the county.</summary>
public sealed record RosterImportResponse(Guid ImportId, int Rows, int Imported, int Skipped);
