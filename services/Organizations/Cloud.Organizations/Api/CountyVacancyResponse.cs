using Cloud.Organizations.Data;

namespace Cloud.Organizations.Api;

/// <summary>One organization without a secretary in the county's list.</summary>
public sealed record CountyVacancyResponse(Guid OrganizationId, string OrganizationName, string OrganizationType, DateOnly VacantSince, int Days)
{
    public static CountyVacancyResponse From(LeadershipFact fact) =>
        new(fact.OrganizationId, fact.Name, fact.Type.ToString(), fact.VacantSince!.Value, fact.VacantDays!.Value);
}
