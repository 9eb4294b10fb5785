using Cloud.Members.Domain.Members;
using Cloud.Members.Domain.SideStates;

namespace Cloud.Members.Api;

public sealed record MobileResponse(
    Guid Id, string Destination, DateOnly DepartedOn, DateOnly? ExpectedReturnOn, Guid? LiaisonPersonId, Guid? DestinationOrgId, DateOnly? LastContactOn, DateOnly? EndedOn)
{
    public static MobileResponse From(MobileMemberRecord r) =>
        new(r.Id, r.Destination, r.DepartedOn, r.ExpectedReturnOn, r.LiaisonPersonId, r.DestinationOrgId, r.LastContactOn, r.EndedOn);
}

/// <summary>A lost-contact case with its computed review dates (M24): flags for the branch, never automatic changes.</summary>
public sealed record LostContactResponse(
    Guid Id, DateOnly Since, string Situation, DateOnly SuspensionReviewDueOn, DateOnly? SuspendedOn, DateOnly? RemovalReviewDueOn, DateOnly? ClosedOn)
{
    public static LostContactResponse From(LostContactRecord r) =>
        new(r.Id, r.Since, r.Situation.ToString(), r.SuspensionReviewDueOn, r.SuspendedOn, r.RemovalReviewDueOn, r.ClosedOn);
}

public sealed record CorrectionPeriodResponse(Guid Id, DateOnly StartsOn, DateOnly EndsOn, string? Outcome, DateOnly? OutcomeOn)
{
    public static CorrectionPeriodResponse From(CorrectionPeriod p) => new(p.Id, p.StartsOn, p.EndsOn, p.Outcome?.ToString(), p.OutcomeOn);
}

public sealed record SanctionResponse(Guid Id, string Type, DateOnly DecidedOn, DateOnly? Until)
{
    public static SanctionResponse From(MemberSanction s) => new(s.Id, s.Type.ToString(), s.DecidedOn, s.Until);
}

public sealed record DecisionResponse(Guid Id, string Kind, DateOnly DecidedOn, string DecidedBy, string? DocumentNumber, DateTimeOffset RecordedAt)
{
    public static DecisionResponse From(MembershipDecision d) => new(d.Id, d.Kind.ToString(), d.DecidedOn, d.DecidedBy, d.DocumentNumber, d.RecordedAt);
}

public sealed record DueFlagResponse(string Flag, DateOnly DueOn)
{
    public static DueFlagResponse From(DueFlag f) => new(f.Kind.ToString(), f.DueOn);
}

/// <summary>
/// A member's side states: current (or last) mobility, lost-contact case and correction period, sanctions, decisions, due
/// flags, and the current (or last) suspension of the vote.
/// </summary>
public sealed record SideStatesResponse(
    Guid MemberId,
    string State,
    MobileResponse? Mobile,
    LostContactResponse? LostContact,
    CorrectionPeriodResponse? CorrectionPeriod,
    IReadOnlyList<SanctionResponse> Sanctions,
    IReadOnlyList<DecisionResponse> Decisions,
    IReadOnlyList<DueFlagResponse> Flags,
    VotingRightsSuspensionResponse? VotingRightsSuspension);
