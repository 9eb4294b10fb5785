using System.Globalization;
using System.Net.Http.Headers;
using System.Text;
using MiniExcelLibs;

namespace Cloud.Testing;

/// <summary>
/// Member rosters (党员花名册) made in memory for import tests and benchmarks: valid rows with distinct national IDs, in
/// the Members service's roster columns, written as CSV or .xlsx.
/// </summary>
public static class MemberRoster
{
    public static readonly string[] Header =
        ["姓名", "身份证号码", "性别", "民族", "出生日期", "学历", "所在党组织", "党员状态", "入党时间", "转正时间", "人员类别", "在职状态", "联系电话"];

    // GB 11643 (ISO 7064 MOD 11-2), written out here so that test data does not depend on the code under test.
    private static readonly int[] Weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];

    private static readonly DateOnly FirstBirthDate = new(1950, 1, 1);
    private static readonly string[] Educations = ["大学本科", "大学专科", "研究生", "高中", "中专", "初中及以下"];
    private static readonly string[] Occupations = ["工人", "农牧渔民", "专业技术人员", "企事业单位、社会组织管理人员", "党政机关工作人员", "学生", "离退休人员", "其他职业人员"];

    /// <summary>The i-th made-up person's national ID: 500 people per birth day (region 610304), women on even i.</summary>
    public static string NationalIdOf(int i)
    {
        var first17 = $"610304{BirthDateOf(i):yyyyMMdd}{i % 500 * 2 + (i % 2):000}";
        return first17 + CheckCharacter(first17);
    }

    public static char CheckCharacter(string first17) => "10X98765432"[first17.Select((c, i) => (c - '0') * Weights[i]).Sum() % 11];

    public static DateOnly BirthDateOf(int i) => FirstBirthDate.AddDays(i / 500);

    /// <summary><paramref name="count"/> valid rows in the columns of <see cref="Header"/>, spread over <paramref name="branches"/>.</summary>
    public static List<string?[]> Rows(int count, params string[] branches) =>
        [.. Enumerable.Range(0, count).Select(i => Row(i, branches[i % branches.Length]))];

    public static string?[] Row(int i, string branch)
    {
        var probationary = i % 10 == 0;
        return
        [
            $"党员{i}", NationalIdOf(i), i % 2 == 0 ? "女" : "男", i % 3 == 0 ? "回族" : "汉族", BirthDateOf(i).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            Educations[i % Educations.Length], branch, probationary ? "预备党员" : "正式党员", probationary ? "2025-07-01" : "1990-07-01",
            probationary ? null : "1991-07-01", Occupations[i % Occupations.Length], i % 4 == 0 ? "离退休" : "在职", $"138{i:00000000}",
        ];
    }

    public static int Column(string name) => Array.IndexOf(Header, name);

    /// <summary>UTF-8 with a BOM, as Excel writes "CSV UTF-8"; cells with commas or quotes quoted.</summary>
    public static byte[] Csv(IEnumerable<string?[]> rows, string[]? header = null)
    {
        var text = new StringBuilder();
        foreach (var row in rows.Prepend(header ?? Header))
        {
            text.AppendJoin(',', row.Select(c => c is not null && (c.Contains(',') || c.Contains('"')) ? $"\"{c.Replace("\"", "\"\"")}\"" : c)).Append("\r\n");
        }

        return [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(text.ToString())];
    }

    public static byte[] Xlsx(IEnumerable<string?[]> rows)
    {
        using var workbook = new MemoryStream();
        workbook.SaveAs(rows.Select(row => Header.Select((h, i) => (h, row[i])).ToDictionary(c => c.h, c => (object?)c.Item2)).ToList());
        return workbook.ToArray();
    }

    public static MultipartFormDataContent Upload(byte[] file, string fileName) =>
        new() { { new ByteArrayContent(file) { Headers = { ContentType = new MediaTypeHeaderValue("application/octet-stream") } }, "file", fileName } };
}
