namespace Cloud.Organizations.Domain.Advisories;

/// <summary>The advisory rules (domain.md §3.1 "invariant alerts", §2.1), each named for its rule.</summary>
public static class OrganizationAdvisories
{
    public const string FewFullMembersSuggestJointBranch = nameof(FewFullMembersSuggestJointBranch);
    public const string OverFiftyMembersSuggestGeneralBranch = nameof(OverFiftyMembersSuggestGeneralBranch);
    public const string SevenFullMembersWithoutCommittee = nameof(SevenFullMembersWithoutCommittee);
    public const string VillageOrganizationMayBecomeCommittee = nameof(VillageOrganizationMayBecomeCommittee);
    public const string TermOverdue = nameof(TermOverdue);
    public const string SecretaryVacantTooLong = nameof(SecretaryVacantTooLong);

    public static IEnumerable<Advisory> For(OrganizationFacts o, AdvisoryThresholds limits, DateOnly today)
    {
        if (o.Status == OrganizationStatus.Dissolved || o.Type == OrganizationType.CountyCommittee)
        {
            yield break;
        }

        var isBranch = o.Type == OrganizationType.Branch;

        // 支部工作条例 第四条: a branch needs ≥3 full members; units with fewer join a joint branch (O1, O3).
        if (isBranch && o.FullMembers < limits.JointBranchBelowFullMembers)
        {
            yield return new(o.OrganizationId, FewFullMembersSuggestJointBranch,
                $"正式党员{o.FullMembers}人，不足{limits.JointBranchBelowFullMembers}人", "建议与邻近单位联合成立联合党支部");
        }

        // 支部工作条例 第四条 "一般不超过50人"; 农村基层组织工作条例 第五条: over 50 may form a general branch (O2, O5).
        if (isBranch && o.TotalMembers > limits.GeneralBranchAboveMembers)
        {
            yield return new(o.OrganizationId, OverFiftyMembersSuggestGeneralBranch,
                $"党员{o.TotalMembers}人，超过{limits.GeneralBranchAboveMembers}人", "建议成立党总支，下设若干党支部");
        }

        // 支部工作条例 第六章: ≥7 full members elect a branch committee (O8).
        if (isBranch && o.FullMembers >= limits.CommitteeRequiredFullMembers && !o.HasCommittee)
        {
            yield return new(o.OrganizationId, SevenFullMembersWithoutCommittee,
                $"正式党员{o.FullMembers}人，未设支部委员会", $"正式党员{limits.CommitteeRequiredFullMembers}人以上的党支部应选举产生支部委员会");
        }

        // 农村基层组织工作条例 第五条: a village organization with ≥100 members may become a committee, with county approval (O6).
        if (o.Domain == OrganizationDomain.Village && o.Type != OrganizationType.PrimaryCommittee && o.TotalMembers >= limits.VillageCommitteeMembers)
        {
            yield return new(o.OrganizationId, VillageOrganizationMayBecomeCommittee,
                $"村党组织党员{o.TotalMembers}人，达到{limits.VillageCommitteeMembers}人", "可按程序报县委批准成立村党委");
        }

        // 基层组织选举工作条例 第三条: elections on time; a delay needs approval (O14).
        if (o.TermOverdue)
        {
            yield return new(o.OrganizationId, TermOverdue,
                o.TermPlannedEndOn is { } end ? $"本届任期已于{end:yyyy-MM-dd}届满，未经批准延期" : "本届任期已届满，未经批准延期", "应及时组织换届选举，或报上级批准延期");
        }

        // 支部工作条例: vacancies are filled promptly by by-election or appointment (O19); "promptly" is the county's number.
        if (o.SecretaryVacantSince is { } since && o.Type != OrganizationType.PartyGroup
            && today.DayNumber - since.DayNumber > limits.SecretaryVacancyAdvisoryDays)
        {
            yield return new(o.OrganizationId, SecretaryVacantTooLong,
                $"书记岗位自{since:yyyy-MM-dd}起空缺{today.DayNumber - since.DayNumber}天", "应及时补选书记，必要时由上级党组织指派");
        }
    }
}
