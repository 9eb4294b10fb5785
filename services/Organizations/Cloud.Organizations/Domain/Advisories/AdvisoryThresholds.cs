namespace Cloud.Organizations.Domain.Advisories;

/// <summary>The county's thresholds for the advisories (county settings; defaults from domain.md §2.1).</summary>
public sealed record AdvisoryThresholds(
    int JointBranchBelowFullMembers = 3,
    int GeneralBranchAboveMembers = 50,
    int CommitteeRequiredFullMembers = 7,
    int VillageCommitteeMembers = 100,
    int SecretaryVacancyAdvisoryDays = 90);
