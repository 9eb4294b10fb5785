using Cloud.Members.Domain.Import;
using Cloud.Members.Import;

namespace Cloud.Members.Api;

/// <summary>One row as the import read it, in the roster's words; the national ID masked.</summary>
public sealed record RosterPreviewRow(
    int Row, string Name, string NationalId, string Gender, string Ethnicity, DateOnly BirthDate, string Education, string Organization,
    string Status, DateOnly? AdmissionApprovedOn, DateOnly? ConfirmedOn, string Occupation, string EmploymentStatus)
{
    public static RosterPreviewRow From(RosterRow row, BranchDirectory branches)
    {
        var f = row.Facts!;
        return new(
            row.Number, row.Name!, row.NationalId!.Masked, RosterVocabulary.Word(RosterVocabulary.Genders, f.Gender), f.Ethnicity, f.BirthDate,
            RosterVocabulary.Word(RosterVocabulary.Educations, f.Education), branches.NameOf(f.OrganizationId),
            RosterVocabulary.Word(RosterVocabulary.Statuses, f.Status), f.AdmissionApprovedOn, f.ConfirmedOn,
            RosterVocabulary.Word(RosterVocabulary.Occupations, f.Occupation), RosterVocabulary.Word(RosterVocabulary.EmploymentStatuses, f.EmploymentStatus));
    }
}
