namespace Cloud.Portal.Api.Transfers;

/// <summary>A letter this county issued (GET /api/members/transfers/outgoing); <see cref="ToCounty"/> null for an outside organization.</summary>
public sealed record OutgoingTransfer(
    Guid Id,
    Guid MemberId,
    string Name,
    string NationalIdMasked,
    string? ToCounty,
    string? ToOrganizationName,
    string Reason,
    string LetterNo,
    DateOnly IssuedOn,
    string Status,
    string? RejectionReason,
    int DaysPending,
    bool Overdue,
    IReadOnlyList<string>? Warnings);
