namespace Cloud.Organizations.Domain;

/// <summary>
/// 合并: two branches, or two general branches, of one county become one; the source's children go to the target and the
/// source is dissolved. Committees are not merged this way (they are re-established by election).
/// </summary>
public static class MergeRule
{
    public const string Field = "targetId";

    private static readonly OrganizationType[] Mergeable = [OrganizationType.Branch, OrganizationType.GeneralBranch];

    public static RuleViolation? Check(Organization source, Organization target)
    {
        if (source.Id == target.Id)
        {
            return new(Field, "不能把组织合并到它自己");
        }

        if (!Mergeable.Contains(source.Type) || source.Type != target.Type)
        {
            return new(Field, "只有党支部与党支部、党总支与党总支之间可以合并");
        }

        if (source.IsDissolved || target.IsDissolved)
        {
            return new(Field, "已撤销的组织不能合并");
        }

        return MoveRule.IsWithin(target.Path, source.Path) ? new(Field, "不能合并到自己的下级组织") : null;
    }
}
