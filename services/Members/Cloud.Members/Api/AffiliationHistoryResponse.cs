using Cloud.Members.Domain.Transfers;

namespace Cloud.Members.Api;

/// <summary>One change of a member's affiliation; across counties the other side is its county code (and the letter's organization name).</summary>
public sealed record AffiliationHistoryResponse(
    string Direction,
    Guid? FromOrganizationId,
    string? FromOrganizationName,
    Guid? ToOrganizationId,
    string? ToOrganizationName,
    string? OtherCounty,
    string? OtherOrganizationName,
    string Reason,
    string LetterNo,
    DateOnly TransferredOn)
{
    /// <summary>The member the change concerns; given where the change made the member (an arrival from outside Cloud).</summary>
    public Guid? MemberId { get; init; }

    public static AffiliationHistoryResponse From(AffiliationHistory h, IReadOnlyDictionary<Guid, string> names) => new(
        h.Direction.ToString(), h.FromOrganizationId, Name(h.FromOrganizationId, names), h.ToOrganizationId, Name(h.ToOrganizationId, names),
        h.OtherCounty, h.OtherOrganizationName, h.Reason.ToString(), h.LetterNo, h.TransferredOn);

    private static string? Name(Guid? id, IReadOnlyDictionary<Guid, string> names) => id is { } i && names.TryGetValue(i, out var n) ? n : null;
}
