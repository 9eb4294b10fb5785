using System.Text;
using Cloud.Organizations.Api;
using Cloud.Organizations.Domain;
using Cloud.Organizations.Domain.Import;
using Cloud.Spreadsheets;
using Cloud.Testing;

namespace Cloud.Organizations.Tests;

/// <summary>Reading organization lists, without a database: CSV quoting, encodings, blank lines, headers and cell checks.</summary>
public sealed class ImportParserTests
{
    [Fact]
    public void Csv_quotes_keep_commas_doubled_quotes_and_line_breaks_in_one_cell()
    {
        var sheet = CsvSheet.Parse("组织名称,组织类型\r\n\"千河镇\"\"两新\"\"联合党支部，一\",党支部\r\n\"东坡村\n党支部\",\"党,支部\"\r\n末行,党小组", maxRows: 100);

        Assert.Null(sheet.Error);
        Assert.Equal(["千河镇\"两新\"联合党支部，一", "党支部"], sheet.Rows[1].Cells);
        Assert.Equal(["东坡村\n党支部", "党,支部"], sheet.Rows[2].Cells);
        Assert.Equal(["末行", "党小组"], sheet.Rows[3].Cells);
        // A line break inside quotes stays in one Excel row.
        Assert.Equal([1, 2, 3, 4], sheet.Rows.Select(r => r.Number));
    }

    [Fact]
    public void Csv_blank_lines_are_skipped_but_counted_as_excel_rows()
    {
        var sheet = CsvSheet.Parse("组织名称,组织类型\n\n甲党委,基层党委\n,\n  \n乙支部,党支部\n\n", maxRows: 100);

        Assert.Equal([1, 3, 6], sheet.Rows.Select(r => r.Number));
    }

    [Fact]
    public void Csv_in_utf8_with_bom_gbk_and_utf8_without_bom_reads_the_same()
    {
        const string text = "组织名称,组织类型\r\n中共千河镇委员会,基层党委\r\n";

        var withBom = OrganizationListReader.Read([.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(text)], "a.csv");
        var withoutBom = OrganizationListReader.Read(Encoding.UTF8.GetBytes(text), "a.csv");
        var gbk = OrganizationListReader.Read(ImportFiles.Gbk.GetBytes(text), "a.csv");

        foreach (var list in new[] { withBom, withoutBom, gbk })
        {
            Assert.Null(list.FileError);
            var row = Assert.Single(list.Rows);
            Assert.Equal("中共千河镇委员会", row.Name);
            Assert.Equal(OrganizationType.PrimaryCommittee, row.Type);
        }
    }

    [Fact]
    public void Csv_with_an_unclosed_quote_is_refused()
    {
        var list = OrganizationListReader.Read(CsvSheet.Parse("组织名称,组织类型\n\"甲党委,基层党委\n", 100));

        Assert.Equal("CSV 文件第2行的双引号没有闭合", list.FileError);
    }

    [Fact]
    public void Xlsx_rows_keep_their_excel_numbers_across_blank_rows()
    {
        var list = OrganizationListReader.Read(ImportFiles.Xlsx(
        [
            new("中共千河镇委员会", "基层党委"),
            new(null, null),
            new("东坡村党支部", "党支部", "中共千河镇委员会"),
        ]), "a.xlsx");

        Assert.Null(list.FileError);
        Assert.Equal([2, 4], list.Rows.Select(r => r.Number));
    }

    [Fact]
    public void Header_below_a_title_row_is_found_and_marked_headers_are_read()
    {
        var list = OrganizationListReader.Read(CsvSheet.Parse("千河县基层党组织名单,,\n*组织名称,*组织类型,上级组织\n甲党委,基层党委,\n", 100));

        Assert.Null(list.FileError);
        Assert.Equal(3, Assert.Single(list.Rows).Number);
    }

    [Theory]
    [InlineData("组织名称,上级组织\n甲党委,\n", "缺少必需的列：组织类型（表头应在第一行）")]
    [InlineData("名称,类型\n甲党委,基层党委\n", "缺少必需的列：组织名称、组织类型（表头应在第一行）")]
    [InlineData("组织名称,组织类型,组织名称\n甲党委,基层党委,乙\n", "表头中“组织名称”列出现了不止一次")]
    [InlineData("组织名称,组织类型\n\n\n", "文件中没有组织数据：表头下面是空的")]
    [InlineData("\n\n", "文件是空的")]
    public void Lists_that_cannot_be_read_as_a_whole_are_refused(string csv, string error) =>
        Assert.Equal(error, OrganizationListReader.Read(Encoding.UTF8.GetBytes(csv), "a.csv").FileError);

    [Fact]
    public void More_than_5000_rows_are_refused()
    {
        var csv = "组织名称,组织类型\n" + string.Concat(Enumerable.Range(1, 5001).Select(i => $"第{i}党支部,党支部\n"));

        var list = OrganizationListReader.Read(Encoding.UTF8.GetBytes(csv), "a.csv");

        Assert.Equal("一次最多导入 5000 个组织，这个文件超过了，请分批导入", list.FileError);
        Assert.Null(OrganizationListReader.Read(Encoding.UTF8.GetBytes(csv[..csv.LastIndexOf("第5001", StringComparison.Ordinal)]), "a.csv").FileError);
    }

    [Theory]
    [InlineData(new byte[] { 0x25, 0x50, 0x44, 0x46, 0x2D }, "scan.pdf", SpreadsheetFile.OnlyXlsxOrCsv)]
    [InlineData(new byte[] { 0x50, 0x4B, 0x03, 0x04, 0x14 }, "report.docx", SpreadsheetFile.OnlyXlsxOrCsv)]
    [InlineData(new byte[] { 0x50, 0x4B, 0x03, 0x04, 0x14 }, "broken.xlsx", "无法读取 Excel 文件，请确认它是 .xlsx 格式且没有损坏")]
    [InlineData(new byte[] { 0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, 0 }, "old.xls", "不支持旧版 .xls 文件，请在 Excel 中另存为 .xlsx 后再导入")]
    [InlineData(new byte[0], "empty.csv", "文件是空的")]
    public void Files_that_are_not_xlsx_or_csv_are_refused(byte[] content, string fileName, string error) =>
        Assert.Equal(error, OrganizationListReader.Read(content, fileName).FileError);

    [Fact]
    public void Chinese_words_and_english_enum_names_are_both_read()
    {
        var list = OrganizationListReader.Read(CsvSheet.Parse(
            "组织名称,组织类型,支部类型,所属领域,状态\n甲,党支部,流动党员,村,筹建\n乙,Branch,MobileMembers,Village,Active\n丙,党总支,,街道,\n", 100));

        Assert.Empty(list.RowErrors);
        Assert.Equal(list.Rows[0] with { Number = 0, Name = null }, list.Rows[1] with { Number = 0, Name = null, Proposed = true });
        Assert.Equal(BranchKind.MobileMembers, list.Rows[0].Kind);
        Assert.Equal(OrganizationDomain.Village, list.Rows[0].Domain);
        Assert.Equal(OrganizationDomain.Township, list.Rows[2].Domain);
        Assert.True(list.Rows[0].Proposed);
    }

    [Fact]
    public void Each_bad_cell_is_named_by_row_and_column()
    {
        var list = OrganizationListReader.Read(CsvSheet.Parse(
            "组织名称,组织类型,支部类型,所属领域,书记ID,状态\n" +
            "甲,县委,,,,\n" +
            "乙,党总支,联合,,,\n" +
            "丙,党支部,临时工,田野,12345,已撤销\n", 100));

        Assert.Equal(
            [(2, "组织类型"), (3, "支部类型"), (4, "支部类型"), (4, "所属领域"), (4, "书记ID"), (4, "状态")],
            list.RowErrors.Select(e => (e.Row, e.Column)));
        Assert.Equal("只有党支部可以填写支部类型", list.RowErrors[1].Message);
    }

    [Fact]
    public void Import_refuses_what_registering_one_organization_refuses()
    {
        var longName = new string('党', Organization.MaxNameLength + 1);
        var longTownship = new string('镇', Organization.MaxTownshipLength + 1);

        var list = OrganizationListReader.Read(CsvSheet.Parse($"组织名称,组织类型,所属乡镇\n{longName},党支部,{longTownship}\n", 100));
        var single = new RegisterOrganizationRequest(longName, "Branch", null, Township: longTownship).Validate(out _);

        Assert.Equal(["组织名称", "所属乡镇"], list.RowErrors.Select(e => e.Column));
        Assert.Equal(["name", "township"], single.Errors.Keys.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Secretary_id_is_kept_on_the_row()
    {
        var secretary = Guid.CreateVersion7();

        var list = OrganizationListReader.Read(CsvSheet.Parse($"组织名称,组织类型,书记ID\n甲支部,党支部,{secretary}\n", 100));

        Assert.Equal(secretary, Assert.Single(list.Rows).SecretaryId);
    }

    [Fact]
    public void Largest_county_plans_parents_first()
    {
        var list = OrganizationListReader.Read(ImportFiles.Xlsx(ImportCountyList.Rows()), "county.xlsx");

        var plan = OrganizationImportPlanner.Plan(list, [], scope: null, DateTimeOffset.UtcNow);

        Assert.True(plan.IsValid);
        Assert.Equal(3500, plan.Organizations.Count);
        var placed = new HashSet<Guid>();
        foreach (var organization in plan.Organizations.Select(p => p.Organization))
        {
            Assert.True(organization.ParentOrganizationId is null || placed.Contains(organization.ParentOrganizationId.Value));
            placed.Add(organization.Id);
        }
    }
}
