namespace Cloud.Organizations.Domain;

/// <summary>The field an organization works in (domain.md §3.1 <c>Domain</c>), for counts by domain; stored by name.</summary>
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
    School,
    Cooperative,
    Park,

    /// <summary>A township or street (乡镇 / 街道) committee itself; its term is five years like a village's.</summary>
    Township,
}
