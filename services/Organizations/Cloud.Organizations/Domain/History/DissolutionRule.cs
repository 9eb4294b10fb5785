namespace Cloud.Organizations.Domain;

/// <summary>
/// 撤销: an organization is dissolved only once nothing lives under it (its children merged, moved or dissolved first),
/// so no branch is left hanging under an organization that no longer exists. The county committee is never dissolved.
/// </summary>
public static class DissolutionRule
{
    /// <summary>Null when the organization may be dissolved; else the conflict to report (409).</summary>
    public static string? Check(Organization organization, int liveChildren)
    {
        if (organization.Type == OrganizationType.CountyCommittee)
        {
            return "县委是全县组织树的顶端，不能撤销";
        }

        if (organization.IsDissolved)
        {
            return "该组织已撤销";
        }

        return liveChildren > 0 ? $"该组织下还有{liveChildren}个未撤销的下级组织，请先调整或撤销它们" : null;
    }
}
