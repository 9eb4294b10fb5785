namespace Cloud.Organizations.Domain.Ratings;

/// <summary>Kinds of honor an organization receives (domain.md §1.1, §3.1 Honors); stored by name.</summary>
public enum HonorAward
{
    /// <summary>"五个好"村党组织 / 镇党委.</summary>
    FiveGoodsAward,

    /// <summary>"五好"党支部 (organ branches).</summary>
    FiveGoodsBranchAward,

    /// <summary>先进基层党组织.</summary>
    AdvancedGrassrootsOrganization,

    /// <summary>Any other honor, named by its title.</summary>
    Other,
}
