using System.Text;

namespace Cloud.Spreadsheets;

/// <summary>
/// Reads a CSV file (RFC 4180: commas, double quotes, "" for a quote, line breaks inside quotes) in UTF-8 with or without
/// BOM, or in GB18030/GBK, which Excel on Chinese Windows writes for "CSV (逗号分隔)".
/// </summary>
public static class CsvSheet
{
    private static readonly Encoding StrictUtf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    private static readonly Encoding Gb18030 = LoadGb18030();

    public static Sheet Read(byte[] content, int maxRows) => Parse(Decode(content), maxRows);

    /// <summary>The text of the file: a BOM decides; otherwise valid UTF-8 is UTF-8 and anything else is GB18030 (a superset of GBK).</summary>
    public static string Decode(byte[] content)
    {
        if (content.AsSpan().StartsWith(Encoding.UTF8.Preamble))
        {
            return Encoding.UTF8.GetString(content, Encoding.UTF8.Preamble.Length, content.Length - Encoding.UTF8.Preamble.Length);
        }

        if (content.AsSpan().StartsWith(Encoding.Unicode.Preamble) || content.AsSpan().StartsWith(Encoding.BigEndianUnicode.Preamble))
        {
            using var reader = new StreamReader(new MemoryStream(content), detectEncodingFromByteOrderMarks: true);
            return reader.ReadToEnd();
        }

        try
        {
            return StrictUtf8.GetString(content);
        }
        catch (DecoderFallbackException)
        {
            return Gb18030.GetString(content);
        }
    }

    /// <summary>
    /// The non-blank records of <paramref name="text"/>, numbered as Excel shows them: blank lines count as rows, a record
    /// with line breaks inside quotes is one row. Stops after <paramref name="maxRows"/> non-blank rows.
    /// </summary>
    public static Sheet Parse(string text, int maxRows)
    {
        var rows = new List<SheetRow>();
        var cells = new List<string?>();
        var cell = new StringBuilder();
        var rowNumber = 1;
        var quoted = false;
        var quoteOpenedOnRow = 0;
        var i = 0;
        while (i < text.Length && rows.Count < maxRows)
        {
            var c = text[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < text.Length && text[i + 1] == '"')
                {
                    cell.Append('"');
                    i += 2;
                    continue;
                }

                if (c == '"')
                {
                    quoted = false;
                }
                else
                {
                    cell.Append(c);
                }

                i++;
                continue;
            }

            switch (c)
            {
                case '"' when cell.Length == 0:
                    quoted = true;
                    quoteOpenedOnRow = rowNumber;
                    break;
                case ',':
                    cells.Add(cell.ToString());
                    cell.Clear();
                    break;
                case '\r' or '\n':
                    EndRecord();
                    if (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
                    {
                        i++;
                    }

                    break;
                default:
                    // A quote inside an unquoted cell is kept as it is, as Excel does.
                    cell.Append(c);
                    break;
            }

            i++;
        }

        if (quoted)
        {
            return Sheet.Unreadable($"CSV 文件第{quoteOpenedOnRow}行的双引号没有闭合");
        }

        if (rows.Count < maxRows && (cells.Count > 0 || cell.Length > 0))
        {
            EndRecord();
        }

        return new Sheet(rows);

        void EndRecord()
        {
            cells.Add(cell.ToString());
            cell.Clear();
            if (!SheetRow.IsBlank(cells))
            {
                rows.Add(new SheetRow(rowNumber, [.. cells]));
            }

            cells.Clear();
            rowNumber++;
        }
    }

    private static Encoding LoadGb18030()
    {
        // The code-page encodings ship with .NET but must be registered before GetEncoding can find them.
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return Encoding.GetEncoding("GB18030");
    }
}
