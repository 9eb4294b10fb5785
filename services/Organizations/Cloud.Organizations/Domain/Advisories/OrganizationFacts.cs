namespace Cloud.Organizations.Domain.Advisories;

/// <summary>
/// What the advisory rules look at for one organization. Member counts are null until the Members service has
/// counted the organization: an unknown count advises nothing.
/// </summary>
public sealed record OrganizationFacts(
    Guid OrganizationId,
    OrganizationType Type,
    OrganizationDomain? Domain,
    OrganizationStatus Status,
    int? FullMembers,
    int? TotalMembers,
    bool HasCommittee,
    bool TermOverdue,
    DateOnly? TermPlannedEndOn,
    DateOnly? SecretaryVacantSince);
