namespace Cloud.Members.Api.Search;

/// <summary>Shares in percent (one decimal) of the matching members: women, minorities, college or above, under 35.</summary>
public sealed record MemberShares(decimal Women, decimal Minorities, decimal CollegeOrAbove, decimal UnderThirtyFive);
