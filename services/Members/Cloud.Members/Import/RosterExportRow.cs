using Cloud.Members.Domain.Import;
using MiniExcelLibs.Attributes;

namespace Cloud.Members.Import;

/// <summary>One member of an exported roster, in the columns and words the import reads; dates as yyyy-MM-dd text.</summary>
public sealed record RosterExportRow(
    [property: ExcelColumnName(RosterColumns.Name), ExcelColumnWidth(10)] string Name,
    [property: ExcelColumnName(RosterColumns.NationalId), ExcelColumnWidth(22)] string NationalId,
    [property: ExcelColumnName(RosterColumns.Gender), ExcelColumnWidth(6)] string Gender,
    [property: ExcelColumnName(RosterColumns.Ethnicity), ExcelColumnWidth(8)] string Ethnicity,
    [property: ExcelColumnName(RosterColumns.BirthDate), ExcelColumnWidth(12)] string BirthDate,
    [property: ExcelColumnName(RosterColumns.Education), ExcelColumnWidth(10)] string Education,
    [property: ExcelColumnName(RosterColumns.Organization), ExcelColumnWidth(36)] string Organization,
    [property: ExcelColumnName(RosterColumns.Status), ExcelColumnWidth(10)] string Status,
    [property: ExcelColumnName(RosterColumns.AdmissionApprovedOn), ExcelColumnWidth(12)] string? AdmissionApprovedOn,
    [property: ExcelColumnName(RosterColumns.ConfirmedOn), ExcelColumnWidth(12)] string? ConfirmedOn,
    [property: ExcelColumnName(RosterColumns.Occupation), ExcelColumnWidth(26)] string Occupation,
    [property: ExcelColumnName(RosterColumns.EmploymentStatus), ExcelColumnWidth(10)] string EmploymentStatus,
    [property: ExcelColumnName(RosterColumns.Phone), ExcelColumnWidth(14)] string? Phone);
