namespace Cloud.Reporting.Api;

public sealed record CountyOverview(string TenantId, int OrganizationCount, IReadOnlyDictionary<string, int> OrganizationsByType);
