namespace Cloud.Organizations.Domain.Settings;

/// <summary>One county's choice for every setting (domain.md: rules marked UNCONFIRMED or local are settings).</summary>
public sealed record CountySettingsValues(
    int VillageCommunityTownshipTermYears,
    int CommitteeTermYears,
    int OtherTermYears,
    int TermDueSoonMonths,
    int MaxTermAdjustmentMonths,
    int SecretaryVacancyAdvisoryDays,
    int CandidateSurplusPercent,
    int JointBranchBelowFullMembers,
    int GeneralBranchAboveMembers,
    int CommitteeRequiredFullMembers,
    int VillageCommitteeMembers)
{
    /// <summary>What a county has until it sets its own: the numbers of the regulations (domain.md §2.1).</summary>
    public static readonly CountySettingsValues Defaults = new(
        VillageCommunityTownshipTermYears: 5, // O9, O11, O12: village, community and township organizations serve 5 years
        CommitteeTermYears: 5, // O10: organ grassroots committees serve 5 years
        OtherTermYears: 3, // O9, O10: general branches and branches elsewhere serve 3 years
        TermDueSoonMonths: 6,
        MaxTermAdjustmentMonths: 12, // O14: delay or advance at most a year
        SecretaryVacancyAdvisoryDays: 90,
        CandidateSurplusPercent: 20, // O17: ≥20% more candidates than seats (UNCONFIRMED for the 2020 条例)
        JointBranchBelowFullMembers: 3, // O1, O3: a unit with fewer than 3 full members joins a joint branch
        GeneralBranchAboveMembers: 50, // O2, O5: a branch generally has at most 50 members
        CommitteeRequiredFullMembers: 7, // O8: a branch with 7 full members elects a committee
        VillageCommitteeMembers: 100); // O6: a committee where membership reaches 100
}
