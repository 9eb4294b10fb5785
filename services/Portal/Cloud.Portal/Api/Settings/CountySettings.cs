namespace Cloud.Portal.Api.Settings;

/// <summary>
/// The county's organization settings (GET/PUT /api/organizations/settings): PUT sends every value; the answer says whether
/// they are still the regulations' defaults.
/// </summary>
public sealed record CountySettings
{
    public int? VillageCommunityTownshipTermYears { get; set; }

    public int? CommitteeTermYears { get; set; }

    public int? OtherTermYears { get; set; }

    public int? TermDueSoonMonths { get; set; }

    public int? MaxTermAdjustmentMonths { get; set; }

    public int? SecretaryVacancyAdvisoryDays { get; set; }

    public int? CandidateSurplusPercent { get; set; }

    public int? JointBranchBelowFullMembers { get; set; }

    public int? GeneralBranchAboveMembers { get; set; }

    public int? CommitteeRequiredFullMembers { get; set; }

    public int? VillageCommitteeMembers { get; set; }

    public bool IsDefault { get; init; }

    public DateTimeOffset? UpdatedAt { get; init; }
}
