namespace Cloud.Spreadsheets;

/// <summary>What is wrong in one cell: the row as Excel shows it (header = 1), the column's header and a message in Chinese.</summary>
public sealed record ImportRowError(int Row, string Column, string Message);
