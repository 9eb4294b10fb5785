using Cloud.Members.Domain.Members;

namespace Cloud.Members.Domain.Development;

/// <summary>What a case records about the applicant besides name and national ID.</summary>
public sealed record ApplicantFacts(
    Gender Gender,
    string Ethnicity,
    DateOnly BirthDate,
    EducationLevel Education,
    OccupationCategory Occupation,
    bool IsLeagueMember);
