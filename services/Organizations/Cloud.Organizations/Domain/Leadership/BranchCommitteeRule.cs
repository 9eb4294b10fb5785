using Cloud.Organizations.Domain.Settings;

namespace Cloud.Organizations.Domain.Leadership;

/// <summary>
/// 支部工作条例 第六章 (O8): a branch with the county's CommitteeRequiredFullMembers (7) full members elects a committee of
/// 3–5, at most 7; with fewer, a secretary (and perhaps a deputy). An organization has a committee when at least 3
/// members currently hold committee posts, the secretary included.
/// </summary>
public static class BranchCommitteeRule
{
    public const int MinimumCommittee = 3;

    public const int MaximumBranchCommittee = 7;

    public static bool RequiresCommittee(int fullMembers, CountySettings settings) => fullMembers >= settings.CommitteeRequiredFullMembers;

    public static bool HasCommittee(int currentCommitteeMembers) => currentCommitteeMembers >= MinimumCommittee;

    public static bool IsTooLargeForBranch(OrganizationType type, int seats) => type == OrganizationType.Branch && seats > MaximumBranchCommittee;
}
