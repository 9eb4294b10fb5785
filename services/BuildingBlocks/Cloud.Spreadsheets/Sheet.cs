namespace Cloud.Spreadsheets;

/// <summary>The non-blank rows of an uploaded file's first sheet, or why the file could not be read.</summary>
public sealed record Sheet(IReadOnlyList<SheetRow> Rows, string? Error = null)
{
    public static Sheet Unreadable(string error) => new([], error);
}
