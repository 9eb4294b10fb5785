namespace Cloud.Members.Domain.Members;

/// <summary>在职 / 离退休 / 离休 (seed 004: 2,462 in service, 701 retired).</summary>
public enum EmploymentStatus
{
    Active,
    Retired,

    /// <summary>离休: cadres who joined the revolution before 1949-10-01.</summary>
    PreRevolutionRetired,
}
