using MiniExcelLibs;

namespace Cloud.Organizations.Domain.Import;

/// <summary>
/// Writes a tree as an organization list in the import's own columns, so an export imports again into an empty county.
/// The county committee is left out (each county gets its own when provisioned), and so are dissolved organizations;
/// a 上级组织 outside the list (the committee, or above a scoped user's organization) is left empty, which the import
/// reads as "under the county committee" or "under my organization".
/// </summary>
public static class OrganizationListExport
{
    /// <param name="tree">The organizations to list, each parent before its children (e.g. ordered by path).</param>
    public static IReadOnlyList<OrganizationListRow> Rows(IEnumerable<Organization> tree)
    {
        var listed = tree.Where(o => o.Type != OrganizationType.CountyCommittee && o.Status != OrganizationStatus.Dissolved).ToList();
        var names = listed.ToDictionary(o => o.Id, o => o.Name);
        return [.. listed.Select(o => new OrganizationListRow(
            o.Name,
            OrganizationVocabulary.ChineseName(o.Type),
            o.ParentOrganizationId is { } parent && names.TryGetValue(parent, out var parentName) ? parentName : null,
            o.Kind is { } kind ? OrganizationVocabulary.ChineseName(kind) : null,
            o.Domain is { } domain ? OrganizationVocabulary.ChineseName(domain) : null,
            o.Township,
            OrganizationVocabulary.ChineseName(o.Status)))];
    }

    public static byte[] Workbook(IEnumerable<OrganizationListRow> rows)
    {
        using var workbook = new MemoryStream();
        workbook.SaveAs(rows, sheetName: "组织架构", excelType: ExcelType.XLSX);
        return workbook.ToArray();
    }
}
