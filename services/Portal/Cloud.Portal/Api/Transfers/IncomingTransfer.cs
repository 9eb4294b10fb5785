namespace Cloud.Portal.Api.Transfers;

/// <summary>A transfer another county addressed to this one (GET /api/members/transfers/incoming).</summary>
public sealed record IncomingTransfer(
    Guid Id,
    string FromCounty,
    string? Name,
    string? NationalIdMasked,
    string Gender,
    int BirthYear,
    string MembershipStatus,
    string Reason,
    string LetterNo,
    DateOnly IssuedOn,
    string? SuggestedOrganizationName,
    string Status,
    DateOnly? AcceptedOn,
    string? RejectionReason,
    Guid? MemberId);
