namespace Cloud.Contracts.Members;

/// <summary>
/// What statistics may know about a member: organization, gender, birth year, Han or minority, education band,
/// occupation, employment and membership status, key dates. Never a name, national ID, phone or address.
/// Enum values travel as their names (<c>Female</c>, <c>CollegeOrAbove</c>, <c>Full</c>).
/// </summary>
public sealed record MemberStatisticalFacts(
    Guid OrganizationId,
    string Gender,
    int BirthYear,
    bool IsMinority,
    string EducationBand,
    string Occupation,
    string EmploymentStatus,
    string MembershipStatus,
    DateOnly? AdmissionApprovedOn,
    DateOnly? ConfirmedOn,
    bool IsLeadingCadre,
    Guid? WorkUnitId);

/// <summary>A member's record was created in the county (registered, imported, admitted or transferred in).</summary>
public sealed record MemberRegistered(
    string TenantId,
    Guid EventId,
    DateTimeOffset OccurredAt,
    Guid MemberId,
    MemberStatisticalFacts Facts) : IIntegrationEvent;
