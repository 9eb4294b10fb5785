namespace Cloud.DemoSeed;

/// <summary>One made-up member of the demo county, as <c>POST /api/members</c> takes it (the branch by name until its id is known).</summary>
public sealed record DemoMember(
    string Name,
    string NationalId,
    string Gender,
    string Ethnicity,
    DateOnly BirthDate,
    string Education,
    string Occupation,
    string EmploymentStatus,
    string Status,
    DateOnly AdmissionApprovedOn,
    DateOnly? ConfirmedOn,
    string Organization,
    bool IsLeadingCadre);
