namespace Cloud.Portal.Api.Members;

/// <summary>A page of GET /api/members/search: masked rows; <see cref="Next"/> is the <c>after</c> of the next page.</summary>
public sealed record MemberSearchPage(IReadOnlyList<MemberListItem> Items, string? Next);

/// <summary>One search row (the national ID masked; lists never carry phone or address).</summary>
public sealed record MemberListItem(
    Guid Id, string Name, string NationalId, string Gender, string Ethnicity, int Age, string Education, string Occupation,
    string Status, DateOnly? ConfirmedOn, Guid OrganizationId, string? OrganizationName);

/// <summary>GET /api/members/search/counts: the total and each facet's counts for the same filters.</summary>
public sealed record MemberSearchCounts(
    int Total,
    IReadOnlyDictionary<string, int> ByStatus,
    IReadOnlyDictionary<string, int> ByGender,
    IReadOnlyDictionary<string, int> ByEthnicityGroup,
    IReadOnlyDictionary<string, int> ByEducationBand,
    IReadOnlyDictionary<string, int> ByAgeBand,
    IReadOnlyDictionary<string, int> ByOccupation,
    IReadOnlyDictionary<string, int> ByEmploymentStatus,
    MemberShares Shares);

/// <summary>Shares in percent (one decimal) of the matching members.</summary>
public sealed record MemberShares(decimal Women, decimal Minorities, decimal CollegeOrAbove, decimal UnderThirtyFive);
