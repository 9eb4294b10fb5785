namespace Cloud.Organizations.Domain.Leadership;

/// <summary>
/// An election (or appointment) as the organization reports it, already parsed. Voter and candidate numbers are absent
/// for an appointment; <see cref="ApprovalDocNo"/> is the superior's document for an early election or an appointment.
/// </summary>
public sealed record ElectionRecord(
    DateOnly ElectedOn,
    ElectionMethod Method,
    NominationMethod? NominationMethod,
    int? EligibleVoters,
    int? VotersPresent,
    int? SeatsToElect,
    int? Candidates,
    IReadOnlyList<ElectedMember> Results,
    int? TermNumber,
    string? ApprovalDocNo,
    DateOnly? SuperiorApprovalOn,
    DateOnly? FilingOn);
