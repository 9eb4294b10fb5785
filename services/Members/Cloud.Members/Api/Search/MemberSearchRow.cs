using Cloud.Members.Domain.Members;

namespace Cloud.Members.Api.Search;

/// <summary>The columns a search reads of a member (the masked ID only: the sealed one is never selected).</summary>
public sealed record MemberSearchRow(
    Guid Id,
    string Name,
    string NationalIdMasked,
    Gender Gender,
    string Ethnicity,
    DateOnly BirthDate,
    EducationLevel Education,
    OccupationCategory Occupation,
    EmploymentStatus EmploymentStatus,
    MembershipStatus Status,
    DateOnly? ConfirmedOn,
    Guid OrganizationId,
    string? OrganizationName,
    bool IsLeadingCadre);
