namespace Cloud.Portal.Api.Members;

/// <summary>GET /api/members/{id} and /me: a member's record; <see cref="NationalId"/> is masked unless the reader may see it whole.</summary>
public sealed record MemberRecord(
    Guid Id,
    string Name,
    string NationalId,
    bool NationalIdMasked,
    string Gender,
    string Ethnicity,
    DateOnly BirthDate,
    string Education,
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
    DateTimeOffset UpdatedAt);

/// <summary>The answer to a decision on a member (转正, leaving the roll): no personal data.</summary>
public sealed record MemberStatusResult(Guid Id, string Status, string State, DateOnly? ConfirmedOn);
