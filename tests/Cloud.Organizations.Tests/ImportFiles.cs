using System.Net.Http.Headers;
using System.Text;
using Cloud.Testing;
using MiniExcelLibs;

namespace Cloud.Organizations.Tests;

/// <summary>Organization lists as counties keep them, written as .xlsx or CSV in the tests, and uploaded as multipart/form-data.</summary>
public static class ImportFiles
{
    public static readonly string[] Headers = ["组织名称", "组织类型", "上级组织", "支部类型", "所属领域", "所属乡镇", "书记ID", "状态"];

    public static byte[] Xlsx(IEnumerable<ListedOrganization> rows, string[]? headers = null)
    {
        headers ??= Headers;
        using var workbook = new MemoryStream();
        workbook.SaveAs(rows.Select(row => headers.ToDictionary(h => h, h => (object?)row.Cell(h))).ToList(), excelType: ExcelType.XLSX);
        return workbook.ToArray();
    }

    /// <summary>RFC 4180 CSV: every cell quoted, quotes doubled, CRLF between records.</summary>
    public static byte[] Csv(IEnumerable<ListedOrganization> rows, Encoding encoding, string[]? headers = null, bool bom = false)
    {
        headers ??= Headers;
        var text = new StringBuilder();
        text.Append(string.Join(',', headers.Select(Quote))).Append("\r\n");
        foreach (var row in rows)
        {
            text.Append(string.Join(',', headers.Select(h => Quote(row.Cell(h))))).Append("\r\n");
        }

        var body = encoding.GetBytes(text.ToString());
        return bom ? [.. encoding.GetPreamble(), .. body] : body;
    }

    public static MultipartFormDataContent Upload(byte[] content, string fileName, string field = "file")
    {
        var file = new ByteArrayContent(content);
        file.Headers.ContentType = new MediaTypeHeaderValue(fileName.EndsWith(".csv", StringComparison.OrdinalIgnoreCase)
            ? "text/csv"
            : "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        return new MultipartFormDataContent { { file, field, fileName } };
    }

    public static Encoding Gbk
    {
        get
        {
            Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
            return Encoding.GetEncoding("GBK");
        }
    }

    private static string Quote(string? cell) => cell is null ? string.Empty : $"\"{cell.Replace("\"", "\"\"", StringComparison.Ordinal)}\"";
}
