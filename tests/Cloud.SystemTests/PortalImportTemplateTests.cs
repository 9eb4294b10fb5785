using Cloud.Members.Domain.Import;
using Cloud.Members.Import;
using Cloud.Organizations.Domain.Import;
using Cloud.Portal.Api.Imports;

namespace Cloud.SystemTests;

/// <summary>
/// The Portal writes the import templates itself (the APIs have none); each must stay what the service's importer reads,
/// or a clerk's first file is refused for its header.
/// </summary>
public sealed class PortalImportTemplateTests
{
    [Fact]
    public void The_roster_template_has_every_column_the_members_importer_reads_and_its_header_is_found()
    {
        var roster = new RosterImport();

        Assert.Equal(RosterColumns.Known, roster.Columns.Select(c => c.Header));
        var read = RosterReader.Read(ImportTemplate.Workbook(roster), roster.TemplateFileName, BranchDirectory.Of([]), new DateOnly(2026, 12, 6));
        Assert.Equal("文件中没有党员数据：表头下面是空的", read.FileError);
    }

    [Fact]
    public void The_organization_list_template_has_every_column_the_organizations_importer_reads_and_its_header_is_found()
    {
        var list = new OrganizationListImport();

        Assert.Equal(ImportColumns.Known, list.Columns.Select(c => c.Header));
        var read = OrganizationListReader.Read(ImportTemplate.Workbook(list), list.TemplateFileName);
        Assert.Equal("文件中没有组织数据：表头下面是空的", read.FileError);
    }
}
