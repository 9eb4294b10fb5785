namespace Cloud.Spreadsheets;

/// <summary>
/// The header row of an uploaded list: row 1, or the first of the top rows that names the anchor column (lists often
/// start with a title row), and where each known column is; order is free, unknown columns are ignored.
/// </summary>
public sealed record SheetHeader(int RowIndex, IReadOnlyDictionary<string, int> Columns, string? Error = null)
{
    /// <param name="columnOf">The known column a header cell names, or null.</param>
    public static SheetHeader Locate(Sheet sheet, Func<string?, string?> columnOf, string anchor, IEnumerable<string> required, int maxRowsAboveHeader)
    {
        var index = Math.Max(0, sheet.Rows.Take(maxRowsAboveHeader).ToList().FindIndex(row => row.Cells.Any(cell => columnOf(cell) == anchor)));
        var header = sheet.Rows[index];
        var columns = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < header.Cells.Count; i++)
        {
            if (columnOf(header.Cells[i]) is { } name && !columns.TryAdd(name, i))
            {
                return new SheetHeader(index, columns, $"表头中“{name}”列出现了不止一次");
            }
        }

        var missing = required.Where(c => !columns.ContainsKey(c)).ToList();
        return missing.Count > 0
            ? new SheetHeader(index, columns, $"缺少必需的列：{string.Join("、", missing)}（表头应在第一行）")
            : new SheetHeader(index, columns);
    }
}
