namespace Cloud.Organizations.Domain.Units;

/// <summary>
/// O1 应建未建: a unit with at least three full members must form a branch (《中国共产党支部工作条例（试行）》 第四条; 党章 第三十条);
/// one that has none is <c>UnestablishedRequired</c>.
/// </summary>
public static class UnestablishedRequiredRule
{
    // County setting at merge: becomes CountySettings.UnestablishedRequiredMinFullMembers with this default.
    public const int DefaultMinFullMembers = 3;

    public static bool IsUnestablishedRequired(int fullMemberCount, bool hasOrganization, int minFullMembers = DefaultMinFullMembers) =>
        !hasOrganization && fullMemberCount >= minFullMembers;
}
