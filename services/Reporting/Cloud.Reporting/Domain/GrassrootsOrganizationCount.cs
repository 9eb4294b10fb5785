namespace Cloud.Reporting.Domain;

/// <summary>基层党组织数 (OrgCountByType, domain.md §4 indicator 1): which organizations of the tree are counted.</summary>
public static class GrassrootsOrganizationCount
{
    /// <summary>The county committee tops the tree but is a local committee, not a grassroots organization (domain.md §1.1).</summary>
    public const string CountyCommittee = "CountyCommittee";

    /// <summary>A party group sits inside a branch; it is not a grassroots organization of its own (domain.md §1.1).</summary>
    public const string PartyGroup = "PartyGroup";

    /// <summary>Types of the tree that are not counted; committees, general branches and branches are, until dissolved.</summary>
    public static readonly IReadOnlyList<string> NotGrassroots = [CountyCommittee, PartyGroup];
}
