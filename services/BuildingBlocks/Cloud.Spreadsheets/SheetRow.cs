namespace Cloud.Spreadsheets;

/// <summary>One non-blank row of a sheet: its number as Excel shows it (the first row is 1) and its cells, left to right.</summary>
public sealed record SheetRow(int Number, IReadOnlyList<string?> Cells)
{
    public static bool IsBlank(IEnumerable<string?> cells) => cells.All(string.IsNullOrWhiteSpace);
}
