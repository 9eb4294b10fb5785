namespace Cloud.Spreadsheets;

/// <summary>Tells an uploaded .xlsx from a .csv by its content and name, and reads its first sheet.</summary>
public static class SpreadsheetFile
{
    private static readonly byte[] ZipSignature = [0x50, 0x4B, 0x03, 0x04];

    // Excel 97–2003 (.xls) and other OLE compound files.
    private static readonly byte[] OleSignature = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];

    public const string OnlyXlsxOrCsv = "只能导入 .xlsx 或 .csv 文件";

    public static Sheet Read(byte[] content, string? fileName, int maxRows)
    {
        if (content.Length == 0)
        {
            return Sheet.Unreadable("文件是空的");
        }

        var extension = Path.GetExtension(fileName ?? string.Empty).ToLowerInvariant();
        if (content.AsSpan().StartsWith(ZipSignature))
        {
            return extension is ".xlsx" or ".xlsm" or ""
                ? XlsxSheet.Read(new MemoryStream(content, writable: false), maxRows)
                : Sheet.Unreadable(OnlyXlsxOrCsv);
        }

        if (content.AsSpan().StartsWith(OleSignature))
        {
            return Sheet.Unreadable("不支持旧版 .xls 文件，请在 Excel 中另存为 .xlsx 后再导入");
        }

        return extension is ".csv" ? CsvSheet.Read(content, maxRows) : Sheet.Unreadable(OnlyXlsxOrCsv);
    }
}
