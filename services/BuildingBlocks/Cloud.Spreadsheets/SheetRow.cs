namespace Cloud.Spreadsheets;

/// <summary>One non-blank row of a sheet: its number as Excel shows it (the first row is 1) and its cells, left to right.</summary>
public sealed record SheetRow(int Number, IReadOnlyList<string?> Cells)
{
    public static bool IsBlank(IEnumerable<string?> cells) => cells.All(string.IsNullOrWhiteSpace);

    /// <summary>The trimmed text of a column the header found, or null when the column is absent or the cell blank.</summary>
    public string? Cell(IReadOnlyDictionary<string, int> columns, string column) =>
        columns.TryGetValue(column, out var i) && i < Cells.Count && !string.IsNullOrWhiteSpace(Cells[i]) ? Cells[i]!.Trim() : null;
}
