namespace Cloud.Reporting.Domain.History;

/// <summary>
/// A committee position (书记, 副书记, 委员 …) held by a member from <see cref="StartedOn"/> to <see cref="EndedOn"/>: who holds
/// it by id only (the member's statistical facts give age, sex and education), whether it is 一肩挑 and whether the holder
/// heads the unit. Either event may arrive first; a position counts once its assignment is known.
/// </summary>
public sealed class PositionRecord
{
    private PositionRecord()
    {
    }

    public Guid PositionId { get; private set; }

    public Guid OrganizationId { get; private set; }

    public Guid MemberId { get; private set; }

    public string Role { get; private set; } = string.Empty;

    public DateOnly? StartedOn { get; private set; }

    public DateOnly? EndedOn { get; private set; }

    public bool IsDualRole { get; private set; }

    public bool HeadsHostUnit { get; private set; }
}
