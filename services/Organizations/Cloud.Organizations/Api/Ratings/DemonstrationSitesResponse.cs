namespace Cloud.Organizations.Api.Ratings;

/// <summary>Indicator 46 <c>DemonstrationSites</c>: the sites of a year and how many.</summary>
public sealed record DemonstrationSitesResponse(int Year, int Count, DemonstrationSiteResponse[] Sites);
