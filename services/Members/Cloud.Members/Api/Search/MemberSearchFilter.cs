using Cloud.Members.Domain.Members;

namespace Cloud.Members.Api.Search;

/// <summary>
/// What a search asks for; a null filter means "any". <see cref="Mobile"/>: away with an open mobility record (流动党员).
/// <see cref="State"/> defaults to the county's current members. <see cref="NamePrefix"/>: names that begin with it (王, 王秀).
/// </summary>
public sealed record MemberSearchFilter(
    MemberState State = MemberState.Current,
    MembershipStatus? Status = null,
    Gender? Gender = null,
    EthnicityGroup? EthnicityGroup = null,
    EducationBand? EducationBand = null,
    AgeBand? AgeBand = null,
    OccupationCategory? Occupation = null,
    EmploymentStatus? EmploymentStatus = null,
    bool? Mobile = null,
    string? NamePrefix = null);
