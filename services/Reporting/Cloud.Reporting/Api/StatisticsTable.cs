using System.Globalization;
using System.Text;
using MiniExcelLibs;

namespace Cloud.Reporting.Api;

/// <summary>
/// The report as the rows of one table (类别, 项目, 数量, 占比), the same figures as the page shows, for the .xlsx workbook
/// and the CSV a machine client reads.
/// </summary>
public static class StatisticsTable
{
    public const string Section = "类别";
    public const string Item = "项目";
    public const string Count = "数量";
    public const string Percent = "占比(%)";

    public sealed record Row(string Section, string Item, long Count, decimal? Percent);

    public static IReadOnlyList<Row> Rows(StatisticsReport r)
    {
        var rows = new List<Row>
        {
            new("基层党组织数", "合计", r.OrgCountByType.Total, null),
        };
        rows.AddRange(r.OrgCountByType.ByType.Select(t => new Row("基层党组织数", t.Label, t.Count, Of(t.Count, r.OrgCountByType.Total))));
        rows.AddRange(r.OrgCountByType.ByTypeAndDomain.Select(t => new Row("基层党组织（按领域）", t.Label, t.Count, Of(t.Count, r.OrgCountByType.Total))));
        rows.AddRange(r.OrgCountByType.ByTownship.Select(t => new Row("基层党组织（按乡镇）", t.Label, t.Count, Of(t.Count, r.OrgCountByType.Total))));
        var total = r.MemberCount.Total;
        rows.Add(new("党员总数", "合计", total, null));
        rows.Add(new("党员总数", "正式党员", r.MemberCount.Full, Of(r.MemberCount.Full, total)));
        rows.Add(new("党员总数", "预备党员", r.MemberCount.Probationary, Of(r.MemberCount.Probationary, total)));
        rows.AddRange(Shares("党员结构", ("女党员", r.FemaleShare), ("少数民族党员", r.MinorityShare), ("大专及以上学历", r.CollegeShare), ("35岁及以下", r.Under35Share)));
        rows.AddRange(r.MemberByEmployment.Select(t => new Row("在职/离退休", t.Label, t.Count, Of(t.Count, total))));
        rows.AddRange(r.EducationDistribution.Select(t => new Row("学历结构", t.Label, t.Count, Of(t.Count, total))));
        rows.AddRange(r.AgeDistribution.Bands.Select(t => new Row("年龄结构", t.Label, t.Count, Of(t.Count, total))));
        rows.AddRange(r.OccupationDistribution.Select(t => new Row("职业结构", t.Label, t.Count, Of(t.Count, total))));
        rows.Add(new("流动与失联", "流动党员", r.MobileMemberCount, Of(r.MobileMemberCount, total)));
        rows.Add(new("流动与失联", "失联党员", r.LostContactCount, Of(r.LostContactCount, total)));
        var admitted = r.NewMembers;
        rows.Add(new("发展党员", "合计", admitted.Count, null));
        rows.AddRange(Shares("发展党员", ("女性", admitted.Female), ("少数民族", admitted.Minority), ("35岁及以下", admitted.Under35),
            ("大专及以上学历", admitted.College), ("农牧渔民", admitted.Farmer), ("工人", admitted.Worker)));
        rows.AddRange(r.PipelineCounts.Select(t => new Row("入党积极分子队伍", t.Label, t.Count, null)));
        var staffing = r.SecretaryStaffingRate;
        rows.Add(new("书记配备", "配有书记的组织", staffing.Staffed.Count, staffing.Staffed.Percent));
        rows.Add(new("书记配备", "书记空缺", staffing.Vacancies, Of(staffing.Vacancies, staffing.Staffed.Total)));
        var secretaries = r.SecretaryProfile.Secretaries;
        rows.Add(new("书记队伍", "书记人数", secretaries, null));
        rows.AddRange(r.SecretaryAgeBands.Bands.Select(t => new Row("书记年龄段", t.Label, t.Count, Of(t.Count, secretaries))));
        rows.AddRange(r.SecretaryProfile.ByGender.Select(t => new Row("书记性别", t.Label, t.Count, Of(t.Count, secretaries))));
        rows.AddRange(r.SecretaryProfile.ByEducation.Select(t => new Row("书记学历", t.Label, t.Count, Of(t.Count, secretaries))));
        rows.AddRange(Shares("书记队伍", ("村党组织书记“一肩挑”", r.SecretaryProfile.DualRole), ("书记由单位主要负责人兼任", r.SecretaryIsUnitHeadRate)));
        rows.Add(new("换届", "应换届届次", r.OnTimeElectionRate.Total, null));
        rows.Add(new("换届", "按期换届", r.OnTimeElectionRate.Count, r.OnTimeElectionRate.Percent));
        rows.Add(new("换届", "超期未换届", r.OverdueTermCount, null));
        return rows;
    }

    /// <summary>One sheet "党内统计": a title line with the day and the period, the header, the rows.</summary>
    public static byte[] Workbook(StatisticsReport report)
    {
        var rows = Rows(report).Select(r => new Dictionary<string, object?>
        {
            [Section] = r.Section, [Item] = r.Item, [Count] = r.Count, [Percent] = r.Percent,
        });
        using var workbook = new MemoryStream();
        workbook.SaveAs(rows, sheetName: SheetName(report), excelType: ExcelType.XLSX);
        return workbook.ToArray();
    }

    /// <summary>UTF-8 with a byte-order mark (Excel opens it as such), one header line, numbers invariant.</summary>
    public static byte[] Csv(StatisticsReport report)
    {
        var text = new StringBuilder().AppendLine(string.Join(',', Section, Item, Count, Percent));
        foreach (var r in Rows(report))
        {
            text.AppendLine(string.Join(',', Quote(r.Section), Quote(r.Item), r.Count.ToString(CultureInfo.InvariantCulture), r.Percent?.ToString(CultureInfo.InvariantCulture) ?? string.Empty));
        }

        return [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(text.ToString())];
    }

    public static string FileName(StatisticsReport report, string extension) => $"党内统计_{report.AsOf:yyyyMMdd}.{extension}";

    private static string SheetName(StatisticsReport report) => $"党内统计{report.AsOf:yyyyMMdd}";

    private static IEnumerable<Row> Shares(string section, params (string Item, Share Share)[] shares) =>
        shares.Select(s => new Row(section, s.Item, s.Share.Count, s.Share.Percent));

    private static decimal? Of(long count, long total) => Share.Of(count, total).Percent;

    private static string Quote(string value) => value.IndexOfAny([',', '"', '\n', '\r']) >= 0 ? $"\"{value.Replace("\"", "\"\"", StringComparison.Ordinal)}\"" : value;
}
