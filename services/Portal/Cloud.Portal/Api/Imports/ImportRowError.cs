namespace Cloud.Portal.Api.Imports;

/// <summary>One cell an import refused: the row as Excel numbers it (header = 1), the column's header, the Chinese message.</summary>
public sealed record ImportRowError(int Row, string Column, string Message);
