namespace Cloud.Organizations.Domain.Units;

/// <summary>
/// O1 应建未建: a unit with at least three full members must form a branch (《中国共产党支部工作条例（试行）》 第四条; 党章 第三十条);
/// one that has none is <c>UnestablishedRequired</c>.
/// </summary>
public static class UnestablishedRequiredRule
{
    /// <summary>
    /// <paramref name="minFullMembers"/> is the county's <c>JointBranchBelowFullMembers</c> (default 3): the same O1 line
    /// below which a unit's members join a joint branch and from which the unit forms its own.
    /// </summary>
    public static bool IsUnestablishedRequired(int fullMemberCount, bool hasOrganization, int minFullMembers) =>
        !hasOrganization && fullMemberCount >= minFullMembers;
}
