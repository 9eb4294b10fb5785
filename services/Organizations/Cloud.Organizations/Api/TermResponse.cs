using Cloud.Organizations.Domain.Leadership;
using Cloud.Organizations.Domain.Settings;

namespace Cloud.Organizations.Api;

/// <summary>A term with its election record and its status on the date asked for.</summary>
public sealed record TermResponse(
    Guid Id,
    Guid OrganizationId,
    int TermNumber,
    DateOnly StartedOn,
    int TermLengthYears,
    DateOnly PlannedEndOn,
    DateOnly? ExtensionApprovedUntil,
    DateOnly? ExtensionApprovedOn,
    string? ExtensionApprovalDocNo,
    bool EarlyElection,
    string? ApprovalDocNo,
    DateOnly? ClosedOn,
    string ElectionMethod,
    string? NominationMethod,
    int? EligibleVoters,
    int? VotersPresent,
    int? SeatsToElect,
    int? Candidates,
    ElectedMemberResponse[] Results,
    DateOnly? SuperiorApprovalOn,
    DateOnly? FilingOn,
    string Status)
{
    public static TermResponse From(Term t, DateOnly asOf, CountySettings settings) => new(
        t.Id, t.OrganizationId, t.TermNumber, t.StartedOn, t.TermLengthYears, t.PlannedEndOn, t.ExtensionApprovedUntil, t.ExtensionApprovedOn,
        t.ExtensionApprovalDocNo, t.EarlyElection, t.ApprovalDocNo, t.ClosedOn, t.ElectionMethod.ToString(), t.NominationMethod?.ToString(),
        t.EligibleVoters, t.VotersPresent, t.SeatsToElect, t.Candidates, [.. t.Results.Select(ElectedMemberResponse.From)],
        t.SuperiorApprovalOn, t.FilingOn, t.StatusOn(asOf, settings.TermDueSoonMonths).ToString());
}
