using Cloud.Spreadsheets;

namespace Cloud.Members.Import;

/// <summary>An uploaded roster (党员花名册): its rows and their cell errors, or the reason the file as a whole is refused.</summary>
public sealed record Roster(IReadOnlyList<RosterRow> Rows, IReadOnlyList<ImportRowError> RowErrors, string? FileError = null)
{
    public static Roster Refused(string fileError) => new([], [], fileError);
}
