namespace Cloud.Members.Domain.Members;

/// <summary>What a registration or an edit says about a member, besides name and national ID.</summary>
public sealed record MemberFacts(
    Gender Gender,
    string Ethnicity,
    DateOnly BirthDate,
    EducationLevel Education,
    OccupationCategory Occupation,
    EmploymentStatus EmploymentStatus,
    MembershipStatus Status,
    DateOnly? AdmissionApprovedOn,
    DateOnly? ProbationStartOn,
    DateOnly? ConfirmedOn,
    Guid OrganizationId,
    Guid? PartyGroupId,
    Guid? WorkUnitId,
    bool IsLeadingCadre,
    string? PostResponsibility,
    string? Phone,
    string? Address);
