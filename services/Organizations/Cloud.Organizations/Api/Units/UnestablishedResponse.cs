namespace Cloud.Organizations.Api.Units;

/// <summary>Indicator 3: the units that should have an organization and have none (应建未建), and how many.</summary>
public sealed record UnestablishedResponse(int MinFullMembers, int UnestablishedRequiredCount, UnitResponse[] Units);
