using Cloud.Organizations.Domain;
using Cloud.Organizations.Domain.Leadership;

namespace Cloud.Organizations.Data;

/// <summary>
/// One organization's leadership on a date, for lists and advisories: its open term (status, planned end, extension),
/// since when its secretary post is vacant, and how many members currently sit on its committee.
/// </summary>
public sealed record LeadershipFact(
    Guid OrganizationId,
    string Name,
    OrganizationType Type,
    OrganizationDomain? Domain,
    Guid? CurrentTermId,
    int? TermNumber,
    TermStatus? TermStatus,
    DateOnly? TermStartedOn,
    DateOnly? PlannedEndOn,
    DateOnly? ExtendedUntil,
    Guid? SecretaryMemberId,
    DateOnly? VacantSince,
    int? VacantDays,
    int CommitteeSize)
{
    /// <summary>At least three members in current committee posts, the secretary included (O8).</summary>
    public bool HasCommittee => BranchCommitteeRule.HasCommittee(CommitteeSize);
}
