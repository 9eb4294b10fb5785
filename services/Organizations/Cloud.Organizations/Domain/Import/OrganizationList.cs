using Cloud.Spreadsheets;

namespace Cloud.Organizations.Domain.Import;

/// <summary>An uploaded organization list (组织名单): its rows and their cell errors, or the reason the file as a whole is refused.</summary>
public sealed record OrganizationList(IReadOnlyList<ImportRow> Rows, IReadOnlyList<ImportRowError> RowErrors, string? FileError = null)
{
    public static OrganizationList Refused(string fileError) => new([], [], fileError);
}
