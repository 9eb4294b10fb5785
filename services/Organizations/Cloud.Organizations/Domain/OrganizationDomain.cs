namespace Cloud.Organizations.Domain;

/// <summary>The field an organization works in (domain.md §3.1 <c>Domain</c>), for counts by domain.</summary>
public enum OrganizationDomain
{
    Village,
    Community,
    GovernmentOrgan,
    PublicInstitution,
    StateOwnedEnterprise,
    PrivateEnterprise,
    SocialOrganization,
    Other,
}
