using System.Globalization;
using Cloud.Members.Domain.Import;
using Cloud.Members.Domain.Members;
using MiniExcelLibs;

namespace Cloud.Members.Import;

/// <summary>
/// Writes members as a roster in the import's own columns and words, so an export imports again (into another county,
/// or after the masked IDs are filled in). An organization whose name the county has twice is written by its id.
/// </summary>
public static class RosterExport
{
    public static RosterExportRow Row(PartyMember m, string nationalId, string organization) => new(
        m.Name, nationalId, RosterVocabulary.Genders.Word(m.Gender), m.Ethnicity, Day(m.BirthDate),
        RosterVocabulary.Educations.Word(m.Education), organization, RosterVocabulary.Statuses.Word(m.Status),
        m.AdmissionApprovedOn is { } admitted ? Day(admitted) : null, m.ConfirmedOn is { } confirmed ? Day(confirmed) : null,
        RosterVocabulary.Occupations.Word(m.Occupation), RosterVocabulary.EmploymentStatuses.Word(m.EmploymentStatus),
        m.Phone);

    public static byte[] Workbook(IEnumerable<RosterExportRow> rows)
    {
        using var workbook = new MemoryStream();
        workbook.SaveAs(rows, sheetName: "党员花名册", excelType: ExcelType.XLSX);
        return workbook.ToArray();
    }

    private static string Day(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
