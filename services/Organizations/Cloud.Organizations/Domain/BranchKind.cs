namespace Cloud.Organizations.Domain;

/// <summary>How a branch (党支部) is set up (domain.md §1.1).</summary>
public enum BranchKind
{
    /// <summary>A branch of one unit.</summary>
    Standard,

    /// <summary>联合党支部: several units that each have fewer than 3 full members (≤5 units).</summary>
    Joint,

    /// <summary>临时党支部: for a task or project; dissolved when it ends.</summary>
    Temporary,

    /// <summary>功能型党支部: by function (project, industry chain) rather than by unit.</summary>
    Functional,

    /// <summary>流动党员党支部: for migrant members.</summary>
    MobileMembers,

    /// <summary>楼幢党支部: per building of an urban community.</summary>
    Building,

    /// <summary>网格党支部: per urban management grid.</summary>
    Grid,
}
