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
            row.Number, row.Name!, row.NationalId!.Masked, RosterVocabulary.Genders.Word(f.Gender), f.Ethnicity, f.BirthDate,
            RosterVocabulary.Educations.Word(f.Education), branches.NameOf(f.OrganizationId),
            RosterVocabulary.Statuses.Word(f.Status), f.AdmissionApprovedOn, f.ConfirmedOn,
            RosterVocabulary.Occupations.Word(f.Occupation), RosterVocabulary.EmploymentStatuses.Word(f.EmploymentStatus));
    }
}
