using MiniExcelLibs;

namespace Cloud.Portal.Api.Imports;

/// <summary>
/// An empty .xlsx in an import's columns, with a second sheet saying how to fill each column: the APIs offer no
/// template, and an .xlsx (unlike CSV opened in Excel) keeps an 18-digit ID number as text.
/// </summary>
public static class ImportTemplate
{
    public static byte[] Workbook(ImportKind kind)
    {
        // Both sheets are written without MiniExcel's own header row: the first row of each is its header.
        IEnumerable<string>[] notes =
        [
            ["列名", "是否必填", "填写说明"],
            .. kind.Columns.Select(c => new[] { c.Header, c.Required ? "必填" : "可不填", c.Hint }),
        ];

        using var workbook = new MemoryStream();
        workbook.SaveAs(new Dictionary<string, object>
        {
            [kind.Name] = new[] { Row(kind.Columns.Select(c => c.Header)) },
            ["填写说明"] = notes.Select(Row).ToList(),
        }, printHeader: false);
        return workbook.ToArray();
    }

    private static Dictionary<string, object?> Row(IEnumerable<string> cells) =>
        cells.Select((text, i) => (text, i)).ToDictionary(c => $"C{c.i}", c => (object?)c.text);
}
