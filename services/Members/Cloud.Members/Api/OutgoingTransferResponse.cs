using System.Text.Json.Serialization;
using Cloud.Members.Domain.Transfers;

namespace Cloud.Members.Api;

/// <summary>
/// A letter this county issued; <see cref="Overdue"/> when still in transit after the county's limit of days.
/// <see cref="ToCounty"/> is null for an organization outside Cloud.
/// </summary>
public sealed record OutgoingTransferResponse(
    Guid Id,
    Guid MemberId,
    string Name,
    string NationalIdMasked,
    Guid FromOrganizationId,
    string? ToCounty,
    string? ToOrganizationName,
    string Reason,
    string LetterNo,
    DateOnly IssuedOn,
    string Status,
    string? RejectionReason,
    int DaysPending,
    bool Overdue,
    DateTimeOffset? ClosedAt)
{
    /// <summary>When a letter is issued, the business-rule warnings about it (a receiving county not on Cloud); none in lists.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public IReadOnlyList<string>? Warnings { get; init; }

    public static OutgoingTransferResponse From(OutgoingTransfer t, string name, string nationalIdMasked, DateOnly today, int overdueAfterDays) => new(
        t.Id, t.MemberId, name, nationalIdMasked, t.FromOrganizationId, t.ToCounty, t.ToOrganizationName, t.Reason.ToString(), t.LetterNo, t.IssuedOn,
        t.Status.ToString(), t.RejectionReason, t.IsInTransit ? today.DayNumber - t.IssuedOn.DayNumber : 0, t.IsOverdue(today, overdueAfterDays), t.ClosedAt);
}
