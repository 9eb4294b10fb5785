namespace Cloud.Members.Domain.SideStates;

/// <summary>Why a member's vote is suspended though no party decision took it away.</summary>
public enum VotingRightsSuspensionReason
{
    /// <summary>拘留 (detained by public security).</summary>
    Detained,

    /// <summary>逮捕 (arrested).</summary>
    Arrested,
}

/// <summary>
/// A member held by the authorities has no vote, no right to elect and no right to be elected (M35, 基层组织选举工作条例
/// 第五条) from the day held until the branch records the rights restored. Detention that becomes arrest stays one
/// unbroken suspension: the detention ends the day the arrest begins.
/// </summary>
public sealed class VotingRightsSuspension
{
    private VotingRightsSuspension()
    {
    }

    public Guid Id { get; private set; }

    public Guid MemberId { get; private set; }

    public VotingRightsSuspensionReason Reason { get; private set; }

    public DateOnly StartsOn { get; private set; }

    /// <summary>The first day the suspension no longer applies (restored, or turned into an arrest); null while it runs.</summary>
    public DateOnly? EndedOn { get; private set; }

    public DateTimeOffset RecordedAt { get; private set; }

    public bool IsOpen => EndedOn is null;

    public static VotingRightsSuspension Start(Guid memberId, VotingRightsSuspensionReason reason, DateOnly startsOn, DateTimeOffset at) =>
        new() { Id = Guid.CreateVersion7(at), MemberId = memberId, Reason = reason, StartsOn = startsOn, RecordedAt = at };

    /// <summary>Whether a new suspension may follow this running one: only an arrest after a detention (ending it that day).</summary>
    public bool MayGiveWayTo(VotingRightsSuspensionReason next) =>
        Reason == VotingRightsSuspensionReason.Detained && next == VotingRightsSuspensionReason.Arrested;

    /// <summary>Ends the suspension on <paramref name="on"/> (the first day the rights apply again); the refusal when that is too early.</summary>
    public string? End(DateOnly on)
    {
        if (on < StartsOn)
        {
            return $"日期不能早于中止之日 {StartsOn:yyyy-MM-dd}";
        }

        EndedOn = on;
        return null;
    }
}
