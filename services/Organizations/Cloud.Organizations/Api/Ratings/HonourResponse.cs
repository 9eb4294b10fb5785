using Cloud.Organizations.Domain.Ratings;

namespace Cloud.Organizations.Api.Ratings;

public sealed record HonourResponse(Guid Id, Guid OrganizationId, string OrganizationName, string Award, string? Title, int Year, string Level)
{
    public static HonourResponse From(OrganizationHonour honour, string organizationName) =>
        new(honour.Id, honour.OrganizationId, organizationName, honour.Award.ToString(), honour.Title, honour.Year, honour.Level.ToString());
}
