namespace Cloud.Portal.Api.Imports;

/// <summary>
/// What importing a file would do, the same for both imports: rows read, whether it can be imported as it is, how many
/// records it would create, rows already in the county, and every row error. <see cref="ImportId"/> only for the roster.
/// </summary>
public sealed record ImportPreview(int Rows, bool Valid, int ToCreate, int InCounty, IReadOnlyList<ImportRowError> Errors, Guid? ImportId);
