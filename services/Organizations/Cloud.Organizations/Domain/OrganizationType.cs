namespace Cloud.Organizations.Domain;

/// <summary>Kind of grassroots Party organization (domain.md §1.1).</summary>
public enum OrganizationType
{
    /// <summary>基层党委, normally where membership is 100 or more.</summary>
    PrimaryCommittee,

    /// <summary>党总支, normally 50–100 members, with sub-branches.</summary>
    GeneralBranch,

    /// <summary>党支部, the basic unit; needs at least 3 full members.</summary>
    Branch,
}
