namespace Cloud.Organizations.Domain.Units;

/// <summary>Category of a host unit (domain.md §1.1), for coverage by category; stored by name.</summary>
public enum UnitCategory
{
    /// <summary>行政村.</summary>
    Village,

    /// <summary>社区.</summary>
    Community,

    /// <summary>党政机关.</summary>
    GovernmentOrgan,

    /// <summary>事业单位.</summary>
    PublicInstitution,

    /// <summary>国有企业.</summary>
    StateOwnedEnterprise,

    /// <summary>非公企业.</summary>
    PrivateEnterprise,

    /// <summary>社会组织.</summary>
    SocialOrganization,

    /// <summary>农民专业合作社 / 协会.</summary>
    Cooperative,

    /// <summary>学校.</summary>
    School,

    Other,
}
