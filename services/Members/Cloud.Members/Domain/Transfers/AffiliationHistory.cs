namespace Cloud.Members.Domain.Transfers;

/// <summary>
/// One change of a member's affiliation (组织关系): from which organization to which, on which day, under which letter.
/// A move across counties names the other county instead of its organization (this county does not know its tree).
/// </summary>
public sealed class AffiliationHistory
{
    private AffiliationHistory()
    {
    }

    public Guid Id { get; private set; }

    public Guid MemberId { get; private set; }

    public TransferDirection Direction { get; private set; }

    public Guid? FromOrganizationId { get; private set; }

    public Guid? ToOrganizationId { get; private set; }

    /// <summary>The county on the other side of an <c>Out</c> or <c>In</c> on Cloud.</summary>
    public string? OtherCounty { get; private set; }

    /// <summary>The other side's organization as the letter names it (free text), for moves across counties or from outside.</summary>
    public string? OtherOrganizationName { get; private set; }

    public TransferReason Reason { get; private set; }

    public string LetterNo { get; private set; } = string.Empty;

    public DateOnly TransferredOn { get; private set; }

    public DateTimeOffset RecordedAt { get; private set; }

    public static AffiliationHistory WithinCounty(Guid memberId, Guid from, Guid to, TransferReason reason, string letterNo, DateOnly on, DateTimeOffset at) =>
        new() { Id = Guid.NewGuid(), MemberId = memberId, Direction = TransferDirection.WithinCounty, FromOrganizationId = from, ToOrganizationId = to, Reason = reason, LetterNo = letterNo, TransferredOn = on, RecordedAt = at };

    public static AffiliationHistory Out(Guid memberId, Guid from, string? toCounty, string? toOrganizationName, TransferReason reason, string letterNo, DateOnly on, DateTimeOffset at) =>
        new() { Id = Guid.NewGuid(), MemberId = memberId, Direction = TransferDirection.Out, FromOrganizationId = from, OtherCounty = toCounty, OtherOrganizationName = toOrganizationName, Reason = reason, LetterNo = letterNo, TransferredOn = on, RecordedAt = at };

    public static AffiliationHistory In(Guid memberId, string? fromCounty, string? fromOrganizationName, Guid to, TransferReason reason, string letterNo, DateOnly on, DateTimeOffset at) =>
        new() { Id = Guid.NewGuid(), MemberId = memberId, Direction = TransferDirection.In, ToOrganizationId = to, OtherCounty = fromCounty, OtherOrganizationName = fromOrganizationName, Reason = reason, LetterNo = letterNo, TransferredOn = on, RecordedAt = at };
}
