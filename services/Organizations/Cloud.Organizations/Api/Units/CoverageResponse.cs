namespace Cloud.Organizations.Api.Units;

/// <summary>Indicator 2 <c>CoverageRate</c> per unit category and in total; a rate is null where there are no units.</summary>
public sealed record CoverageResponse(CategoryCoverageResponse[] Categories, int Units, int WithOrganization, decimal? Rate);
