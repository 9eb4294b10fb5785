namespace Cloud.Members.Domain.SideStates;

/// <summary>A disciplinary sanction (党纪处分) with its type and period.</summary>
public sealed class MemberSanction
{
    private MemberSanction()
    {
    }

    public Guid Id { get; private set; }

    public Guid MemberId { get; private set; }

    public SanctionType Type { get; private set; }

    public DateOnly DecidedOn { get; private set; }

    /// <summary>The last day the sanction runs, where it has a period (留党察看).</summary>
    public DateOnly? Until { get; private set; }

    public DateTimeOffset RecordedAt { get; private set; }

    public static string? Refuse(SanctionType type, DateOnly decidedOn, DateOnly? until) =>
        until < decidedOn ? "处分期限不能早于决定日期"
        : type == SanctionType.ProbationWithinParty && until is null ? "留党察看须填写期限"
        : null;

    public static MemberSanction Decide(Guid memberId, SanctionType type, DateOnly decidedOn, DateOnly? until, DateTimeOffset at) =>
        new() { Id = Guid.CreateVersion7(at), MemberId = memberId, Type = type, DecidedOn = decidedOn, Until = until, RecordedAt = at };
}
