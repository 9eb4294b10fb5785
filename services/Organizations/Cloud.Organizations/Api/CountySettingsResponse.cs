using Cloud.Organizations.Domain.Settings;

namespace Cloud.Organizations.Api;

/// <summary>A county's settings; <c>isDefault</c> while it has not set its own.</summary>
public sealed record CountySettingsResponse(
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
    int VillageCommitteeMembers,
    bool IsDefault,
    DateTimeOffset? UpdatedAt)
{
    public static CountySettingsResponse From(CountySettings s) => new(
        s.VillageCommunityTownshipTermYears, s.CommitteeTermYears, s.OtherTermYears, s.TermDueSoonMonths, s.MaxTermAdjustmentMonths,
        s.SecretaryVacancyAdvisoryDays, s.CandidateSurplusPercent, s.JointBranchBelowFullMembers, s.GeneralBranchAboveMembers,
        s.CommitteeRequiredFullMembers, s.VillageCommitteeMembers, s.IsDefault, s.UpdatedAt);
}
