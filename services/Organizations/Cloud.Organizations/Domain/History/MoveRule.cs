namespace Cloud.Organizations.Domain;

/// <summary>
/// 隶属关系调整: an organization moves with its whole subtree, never under itself or one of its descendants, and only
/// to a parent <see cref="AllowedParentRule"/> accepts; the county committee stays at the top.
/// </summary>
public static class MoveRule
{
    public const string Field = "parentId";

    /// <summary>Null when <paramref name="organization"/> may move under <paramref name="newParent"/> (null: the top of the county).</summary>
    public static RuleViolation? Check(Organization organization, Organization? newParent)
    {
        if (organization.Type == OrganizationType.CountyCommittee)
        {
            return new(Field, "县委是全县组织树的顶端，不能调整隶属关系");
        }

        if (newParent is not null && IsWithin(newParent.Path, organization.Path))
        {
            return new(Field, "不能把组织调整到它自己或它的下级组织之下");
        }

        if (newParent?.Id == organization.ParentOrganizationId)
        {
            return new(Field, "该组织已隶属于这个上级组织");
        }

        return AllowedParentRule.Check(organization.Type, newParent);
    }

    /// <summary>Whether <paramref name="path"/> is <paramref name="ancestorPath"/> or lies below it.</summary>
    public static bool IsWithin(string path, string ancestorPath) =>
        path == ancestorPath || path.StartsWith(ancestorPath + ".", StringComparison.Ordinal);
}
