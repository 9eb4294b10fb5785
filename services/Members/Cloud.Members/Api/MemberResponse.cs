using Cloud.Members.Domain.Members;

namespace Cloud.Members.Api;

/// <summary>A member's record; <see cref="NationalId"/> is masked unless the caller may see it whole.</summary>
public sealed record MemberResponse(
    Guid Id,
    string Name,
    string NationalId,
    bool NationalIdMasked,
    string Gender,
    string Ethnicity,
    DateOnly BirthDate,
    string Education,
    string EducationBand,
    string Occupation,
    string EmploymentStatus,
    string Status,
    DateOnly? AdmissionApprovedOn,
    DateOnly? ProbationStartOn,
    DateOnly? ConfirmedOn,
    int? PartyStandingYears,
    Guid OrganizationId,
    string? OrganizationName,
    Guid? PartyGroupId,
    Guid? WorkUnitId,
    bool IsLeadingCadre,
    string? PostResponsibility,
    string? Phone,
    string? Address,
    string State,
    DateTimeOffset RegisteredAt,
    DateTimeOffset UpdatedAt)
{
    public static MemberResponse From(PartyMember m, string? organizationName, string? revealedNationalId, DateOnly today) => new(
        m.Id, m.Name, revealedNationalId ?? m.NationalIdMasked, revealedNationalId is null, m.Gender.ToString(), m.Ethnicity, m.BirthDate,
        m.Education.ToString(), m.Education.Band().ToString(), m.Occupation.ToString(), m.EmploymentStatus.ToString(), m.Status.ToString(),
        m.AdmissionApprovedOn, m.ProbationStartOn, m.ConfirmedOn, m.PartyStandingYears(today), m.OrganizationId, organizationName,
        m.PartyGroupId, m.WorkUnitId, m.IsLeadingCadre, m.PostResponsibility, m.Phone, m.Address, m.State.ToString(), m.RegisteredAt, m.UpdatedAt);
}
