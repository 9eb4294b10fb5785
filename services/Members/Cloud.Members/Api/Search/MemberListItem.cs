using Cloud.Members.Domain.Members;

namespace Cloud.Members.Api.Search;

/// <summary>One row of a search: the national ID masked, no phone or address (lists never carry them).</summary>
public sealed record MemberListItem(
    Guid Id,
    string Name,
    string NationalId,
    string Gender,
    string Ethnicity,
    int Age,
    string Education,
    string EducationBand,
    string Occupation,
    string EmploymentStatus,
    string Status,
    DateOnly? ConfirmedOn,
    Guid OrganizationId,
    string? OrganizationName,
    bool IsLeadingCadre)
{
    public static MemberListItem From(MemberSearchRow r, DateOnly today) => new(
        r.Id, r.Name, r.NationalIdMasked, r.Gender.ToString(), r.Ethnicity, Domain.Members.Age.Years(r.BirthDate, today),
        r.Education.ToString(), r.Education.Band().ToString(), r.Occupation.ToString(), r.EmploymentStatus.ToString(), r.Status.ToString(),
        r.ConfirmedOn, r.OrganizationId, r.OrganizationName, r.IsLeadingCadre);
}
