using Cloud.Members.Domain.Members;

namespace Cloud.Members.Api.Search;

/// <summary>How many matching members share one combination of the counted facets (one row of the grouped count).</summary>
public sealed record MemberCountCell(
    MembershipStatus Status,
    Gender Gender,
    bool IsMinority,
    EducationLevel Education,
    AgeBand AgeBand,
    OccupationCategory Occupation,
    EmploymentStatus EmploymentStatus,
    int Count);
