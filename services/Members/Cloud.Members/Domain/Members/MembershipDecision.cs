namespace Cloud.Members.Domain.Members;

/// <summary>One recorded decision in a member's history (never deleted): what, when, by whom, which document, who entered it.</summary>
public sealed class MembershipDecision
{
    private MembershipDecision()
    {
    }

    public Guid Id { get; private set; }

    public Guid MemberId { get; private set; }

    public MembershipDecisionKind Kind { get; private set; }

    public DateOnly DecidedOn { get; private set; }

    public string DecidedBy { get; private set; } = string.Empty;

    public string? DocumentNumber { get; private set; }

    /// <summary>The user (token subject) who entered the decision.</summary>
    public string RecordedBy { get; private set; } = string.Empty;

    public DateTimeOffset RecordedAt { get; private set; }

    public static MembershipDecision Record(Guid memberId, MembershipDecisionKind kind, MemberDecision decision, string recordedBy, DateTimeOffset at) => new()
    {
        Id = Guid.CreateVersion7(at),
        MemberId = memberId,
        Kind = kind,
        DecidedOn = decision.DecidedOn,
        DecidedBy = decision.DecidedBy,
        DocumentNumber = decision.DocumentNumber,
        RecordedBy = recordedBy,
        RecordedAt = at,
    };
}
