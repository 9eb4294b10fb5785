using MiniExcelLibs.Attributes;

namespace Cloud.Organizations.Domain.Import;

/// <summary>One row of an exported organization list, in the columns the import reads.</summary>
public sealed record OrganizationListRow(
    [property: ExcelColumnName(ImportColumns.Name), ExcelColumnWidth(40)] string Name,
    [property: ExcelColumnName(ImportColumns.Type), ExcelColumnWidth(12)] string Type,
    [property: ExcelColumnName(ImportColumns.Parent), ExcelColumnWidth(40)] string? Parent,
    [property: ExcelColumnName(ImportColumns.Kind), ExcelColumnWidth(12)] string? Kind,
    [property: ExcelColumnName(ImportColumns.Domain), ExcelColumnWidth(14)] string? Domain,
    [property: ExcelColumnName(ImportColumns.Township), ExcelColumnWidth(16)] string? Township,
    [property: ExcelColumnName(ImportColumns.Status), ExcelColumnWidth(10)] string Status);
