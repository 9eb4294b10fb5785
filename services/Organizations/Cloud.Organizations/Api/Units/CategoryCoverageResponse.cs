namespace Cloud.Organizations.Api.Units;

public sealed record CategoryCoverageResponse(string Category, int Units, int WithOrganization, decimal? Rate);
