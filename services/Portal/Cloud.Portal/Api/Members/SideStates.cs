namespace Cloud.Portal.Api.Members;

/// <summary>GET /api/members/{id}/side-states: mobility, lost contact, correction period, sanctions, decisions, due flags, the vote.</summary>
public sealed record SideStates(
    Guid MemberId,
    string State,
    MobileState? Mobile,
    LostContactState? LostContact,
    CorrectionPeriodState? CorrectionPeriod,
    IReadOnlyList<SanctionEntry> Sanctions,
    IReadOnlyList<DecisionEntry> Decisions,
    IReadOnlyList<DueFlagEntry> Flags,
    VotingRightsSuspensionState? VotingRightsSuspension);

public sealed record MobileState(string Destination, DateOnly DepartedOn, DateOnly? ExpectedReturnOn, DateOnly? LastContactOn, DateOnly? EndedOn);

public sealed record LostContactState(DateOnly Since, string Situation, DateOnly SuspensionReviewDueOn, DateOnly? SuspendedOn, DateOnly? RemovalReviewDueOn, DateOnly? ClosedOn);

public sealed record CorrectionPeriodState(DateOnly StartsOn, DateOnly EndsOn, string? Outcome, DateOnly? OutcomeOn);

public sealed record SanctionEntry(Guid Id, string Type, DateOnly DecidedOn, DateOnly? Until);

public sealed record DecisionEntry(Guid Id, string Kind, DateOnly DecidedOn, string DecidedBy, string? DocumentNumber);

public sealed record DueFlagEntry(string Flag, DateOnly DueOn);

public sealed record VotingRightsSuspensionState(string Reason, DateOnly StartsOn, DateOnly? EndedOn);

/// <summary>GET /api/members/{id}/affiliations: one change of affiliation.</summary>
public sealed record AffiliationEntry(
    string Direction, string? FromOrganizationName, string? ToOrganizationName, string? OtherCounty, string? OtherOrganizationName,
    string Reason, string LetterNo, DateOnly TransferredOn);
