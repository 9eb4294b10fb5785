namespace Cloud.Organizations.Domain;

/// <summary>
/// 拆分: an organization becomes several of its own type under its own parent. At least two parts, or one when the
/// source stays (a part split off); the county committee and party groups are never split.
/// </summary>
public static class SplitRule
{
    public const int MaxParts = 20;

    public static RuleViolation? Check(Organization source, int parts, bool keepSource)
    {
        if (source.Type is OrganizationType.CountyCommittee or OrganizationType.PartyGroup)
        {
            return new("parts", "县委和党小组不能拆分");
        }

        var needed = keepSource ? 1 : 2;
        if (parts < needed || parts > MaxParts)
        {
            return new("parts", keepSource
                ? $"保留原组织时至少拆出1个组织（最多{MaxParts}个）"
                : $"拆分至少要有2个新组织（最多{MaxParts}个）");
        }

        return null;
    }
}
