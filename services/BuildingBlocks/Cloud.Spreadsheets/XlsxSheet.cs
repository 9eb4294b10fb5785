using System.Globalization;
using MiniExcelLibs;

namespace Cloud.Spreadsheets;

/// <summary>Reads the first worksheet of an .xlsx workbook (MiniExcel, streaming), with rows numbered as Excel shows them.</summary>
public static class XlsxSheet
{
    public static Sheet Read(Stream workbook, int maxRows)
    {
        var rows = new List<SheetRow>();
        try
        {
            var number = 0;
            // Without a header row MiniExcel yields every row from row 1, blank ones included, keyed by column letter.
            foreach (IDictionary<string, object?> row in workbook.Query(useHeaderRow: false, excelType: ExcelType.XLSX))
            {
                number++;
                var cells = row.Values.Select(Text).ToArray();
                if (!SheetRow.IsBlank(cells))
                {
                    rows.Add(new SheetRow(number, cells));
                    if (rows.Count >= maxRows)
                    {
                        break;
                    }
                }
            }
        }
#pragma warning disable CA1031 // An uploaded workbook is untrusted input: whatever the parser throws on it means "not a readable workbook".
        catch (Exception e) when (e is not OperationCanceledException)
#pragma warning restore CA1031
        {
            return Sheet.Unreadable("无法读取 Excel 文件，请确认它是 .xlsx 格式且没有损坏");
        }

        return new Sheet(rows);
    }

    private static string? Text(object? value) => value switch
    {
        null => null,
        string text => text,
        DateTime date => date.ToString(date.TimeOfDay == TimeSpan.Zero ? "yyyy-MM-dd" : "yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture),
        IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString(),
    };
}
