namespace Cloud.Reporting.Domain.History;

/// <summary>
/// One dated change of a member's side of the roll (<see cref="MemberStateAspect"/>): whether the county counts them,
/// whether they are a mobile member, whether contact is lost. Valid from <see cref="ValidFrom"/> to the next change of the
/// same aspect (<see cref="ValidTo"/>, exclusive).
/// </summary>
public sealed class MemberStateChange
{
    private MemberStateChange()
    {
    }

    public Guid EventId { get; private set; }

    public string Aspect { get; private set; } = string.Empty;

    public Guid MemberId { get; private set; }

    public DateOnly ValidFrom { get; private set; }

    public DateOnly? ValidTo { get; private set; }

    public DateTimeOffset OccurredAt { get; private set; }

    /// <summary>The event the change came from (MemberRegistered, MemberTransferred, …).</summary>
    public string Source { get; private set; } = string.Empty;

    /// <summary><see cref="MemberStateAspect.Roll"/>: On/Off; <see cref="MemberStateAspect.Mobile"/>: On/Off; <see cref="MemberStateAspect.LostContact"/>: the situation.</summary>
    public string Value { get; private set; } = string.Empty;
}

/// <summary>The independent sides of a member's standing that statistics count, each with its own history.</summary>
public static class MemberStateAspect
{
    /// <summary>On the county's roll (党员总数): registered, admitted or transferred in, and not yet left (died, expelled, withdrew, removed, transferred out).</summary>
    public const string Roll = nameof(Roll);

    /// <summary>流动党员.</summary>
    public const string Mobile = nameof(Mobile);

    /// <summary>失联党员 and its outcomes (LostContact, Suspended, Restored, Removed).</summary>
    public const string LostContact = nameof(LostContact);

    public const string On = nameof(On);

    public const string Off = nameof(Off);
}
