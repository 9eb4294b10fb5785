using Cloud.Members.Domain.Members;

namespace Cloud.Members.Events;

/// <summary>
/// The personal part of a member's record as it moves to the accepting county, only ever inside a sealed payload.
/// The party group, host unit and post belong to the old county's organizations and stay behind.
/// </summary>
public sealed record TransferredMemberRecord(
    string Name,
    string NationalId,
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
    bool IsLeadingCadre,
    string? Phone,
    string? Address)
{
    public static TransferredMemberRecord Of(PartyMember m, string nationalId) => new(
        m.Name, nationalId, m.Gender, m.Ethnicity, m.BirthDate, m.Education, m.Occupation, m.EmploymentStatus, m.Status,
        m.AdmissionApprovedOn, m.ProbationStartOn, m.ConfirmedOn, m.IsLeadingCadre, m.Phone, m.Address);

    public MemberFacts FactsIn(Guid organizationId) => new(
        Gender, Ethnicity, BirthDate, Education, Occupation, EmploymentStatus, Status, AdmissionApprovedOn, ProbationStartOn, ConfirmedOn,
        organizationId, PartyGroupId: null, WorkUnitId: null, IsLeadingCadre, PostResponsibility: null, Phone, Address);
}
