namespace Cloud.Portal.Api.Organizations;

/// <summary><c>GET /{id}/leadership</c>: the current term, secretary, vacancy, committee and the cadres sent from above.</summary>
public sealed record Leadership(
    Term? CurrentTerm, Guid? SecretaryMemberId, Vacancy? Vacancy, int CommitteeSize, bool HasCommittee,
    IReadOnlyList<Post> Committee, Post? GroupLeader, Post? FirstSecretary, IReadOnlyList<Post> Instructors);

public sealed record Vacancy(DateOnly VacantSince, int Days);

/// <summary>A term (届次) with its election record and its status today.</summary>
public sealed record Term(
    Guid Id, int TermNumber, DateOnly StartedOn, int TermLengthYears, DateOnly PlannedEndOn, DateOnly? ExtensionApprovedUntil,
    string? ExtensionApprovalDocNo, bool EarlyElection, string? ApprovalDocNo, DateOnly? ClosedOn, string ElectionMethod,
    int? EligibleVoters, int? VotersPresent, IReadOnlyList<ElectedMember> Results, DateOnly? SuperiorApprovalOn, DateOnly? FilingOn, string Status);

public sealed record ElectedMember(Guid MemberId, int? Votes, string Role);

/// <summary>A post held by a member.</summary>
public sealed record Post(
    Guid Id, Guid MemberId, string Role, string Source, DateOnly StartedOn, DateOnly? EndedOn, string? EndReason, bool IsDualRole, string? SendingUnit);

/// <summary>The answer to recording an election: the new term and the advisory rules' warnings.</summary>
public sealed record ElectionRecorded(Term Term, IReadOnlyList<string> Warnings);
