using Cloud.Members.Domain.Transfers;

namespace Cloud.Members.Api;

/// <summary>
/// A transfer another county addressed to this one: before acceptance only the name and masked ID (to recognise the
/// person) and statistical facts; both are gone once rejected or cancelled. <see cref="MemberId"/> once the record arrived.
/// </summary>
public sealed record IncomingTransferResponse(
    Guid Id,
    string FromCounty,
    string? Name,
    string? NationalIdMasked,
    string Gender,
    int BirthYear,
    bool IsMinority,
    string EducationBand,
    string MembershipStatus,
    DateOnly? AdmissionApprovedOn,
    DateOnly? ConfirmedOn,
    string Reason,
    string LetterNo,
    DateOnly IssuedOn,
    string? SuggestedOrganizationName,
    string Status,
    Guid? ReceivingOrganizationId,
    DateOnly? AcceptedOn,
    string? RejectionReason,
    Guid? MemberId)
{
    public static IncomingTransferResponse From(IncomingTransfer t) => new(
        t.Id, t.FromCounty, t.Name, t.NationalIdMasked, t.Facts.Gender, t.Facts.BirthYear, t.Facts.IsMinority, t.Facts.EducationBand,
        t.Facts.MembershipStatus, t.Facts.AdmissionApprovedOn, t.Facts.ConfirmedOn, t.Reason.ToString(), t.LetterNo, t.IssuedOn,
        t.SuggestedOrganizationName, t.Status.ToString(), t.ReceivingOrganizationId, t.AcceptedOn, t.RejectionReason, t.MemberId);
}
