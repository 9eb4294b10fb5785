namespace Cloud.Organizations.Domain;

/// <summary>
/// Which organization may sit under which: party groups inside branches, branches under committees or general branches,
/// general branches under committees (《中国共产党支部工作条例（试行）》 第二章; domain.md §1.1, §3.1).
/// </summary>
public static class AllowedParentRule
{
    /// <summary>The types of organization one of <paramref name="type"/> may sit under (none for the county committee).</summary>
    public static OrganizationType[] ParentTypes(OrganizationType type) => type switch
    {
        OrganizationType.PartyGroup => [OrganizationType.Branch],
        OrganizationType.Branch => [OrganizationType.CountyCommittee, OrganizationType.PrimaryCommittee, OrganizationType.GeneralBranch],
        OrganizationType.GeneralBranch => [OrganizationType.CountyCommittee, OrganizationType.PrimaryCommittee],
        OrganizationType.PrimaryCommittee => [OrganizationType.CountyCommittee, OrganizationType.PrimaryCommittee],
        _ => [],
    };

    /// <summary>Null when <paramref name="type"/> may be registered under <paramref name="parent"/> (null: at the top of the county).</summary>
    public static RuleViolation? Check(OrganizationType type, Organization? parent)
    {
        if (parent is null)
        {
            return type == OrganizationType.PartyGroup ? new("parentId", "党小组只能建在党支部下") : null;
        }

        if (parent.Status == OrganizationStatus.Dissolved)
        {
            return new("parentId", "上级组织已撤销，不能再建下级组织");
        }

        if (parent.Type == OrganizationType.PartyGroup)
        {
            return new("parentId", "党小组下不能再建组织");
        }

        return type switch
        {
            OrganizationType.CountyCommittee => new("parentId", "县委是全县组织树的顶端，不能有上级组织"),
            _ when ParentTypes(type).Contains(parent.Type) => null,
            OrganizationType.PartyGroup => new("parentId", "党小组只能建在党支部下"),
            OrganizationType.Branch => new("parentId", "党支部只能建在县委、基层党委或党总支下"),
            OrganizationType.GeneralBranch => new("parentId", "党总支只能建在县委或基层党委下"),
            _ => new("parentId", "基层党委只能建在县委或基层党委下"),
        };
    }
}
