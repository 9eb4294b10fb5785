namespace Cloud.Organizations.Domain;

/// <summary>Kind of Party organization in a county's tree (domain.md §1.1); stored by name, so members keep their names.</summary>
public enum OrganizationType
{
    /// <summary>基层党委, normally where membership is 100 or more.</summary>
    PrimaryCommittee,

    /// <summary>党总支, normally 50–100 members, with sub-branches.</summary>
    GeneralBranch,

    /// <summary>党支部, the basic unit; needs at least 3 full members.</summary>
    Branch,

    /// <summary>党小组, a group inside a branch.</summary>
    PartyGroup,

    /// <summary>县委 (a LocalPartyCommittee), the top of a county's tree; created only when the county is provisioned.</summary>
    CountyCommittee,
}
