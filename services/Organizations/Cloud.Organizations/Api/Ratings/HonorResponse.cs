using Cloud.Organizations.Domain.Ratings;

namespace Cloud.Organizations.Api.Ratings;

public sealed record HonorResponse(Guid Id, Guid OrganizationId, string OrganizationName, string Award, string? Title, int Year, string Level)
{
    public static HonorResponse From(OrganizationHonor honor, string organizationName) =>
        new(honor.Id, honor.OrganizationId, organizationName, honor.Award.ToString(), honor.Title, honor.Year, honor.Level.ToString());
}
