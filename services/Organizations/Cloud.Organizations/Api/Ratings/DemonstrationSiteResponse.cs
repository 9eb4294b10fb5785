using Cloud.Organizations.Domain.Ratings;

namespace Cloud.Organizations.Api.Ratings;

public sealed record DemonstrationSiteResponse(Guid Id, Guid OrganizationId, string OrganizationName, Guid LiaisonLeaderId, int SinceYear, int? UntilYear)
{
    public static DemonstrationSiteResponse From(DemonstrationSite site, string organizationName) =>
        new(site.Id, site.OrganizationId, organizationName, site.LiaisonLeaderId, site.SinceYear, site.UntilYear);
}
