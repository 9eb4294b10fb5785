using Cloud.Organizations.Domain.Advisories;

namespace Cloud.Organizations.Data;

/// <summary>An advisory with the name of its organization, for the county's list.</summary>
public sealed record OrganizationAdvisory(string OrganizationName, Advisory Advisory);
