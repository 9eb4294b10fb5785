namespace Cloud.Organizations.Api;

/// <summary>
/// An organization's leadership now: its current term (with status), secretary, vacancy, committee posts, and the
/// cadres sent from above. Members by id only.
/// </summary>
public sealed record LeadershipResponse(
    Guid OrganizationId,
    TermResponse? CurrentTerm,
    Guid? SecretaryMemberId,
    VacancyResponse? Vacancy,
    int CommitteeSize,
    bool HasCommittee,
    PositionResponse[] Committee,
    PositionResponse? GroupLeader,
    PositionResponse? FirstSecretary,
    PositionResponse[] Instructors);
