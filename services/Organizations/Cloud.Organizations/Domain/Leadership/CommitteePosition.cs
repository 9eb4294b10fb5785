namespace Cloud.Organizations.Domain.Leadership;

/// <summary>
/// A member's post in an organization (domain.md §3.1 CommitteePosition): a committee post of a term, a party group's
/// leader, or an assignment from above (第一书记, 党建指导员, with the sending unit). Members appear by id only.
/// </summary>
public sealed class CommitteePosition
{
    public const int MaxSendingUnitLength = 100;

    private CommitteePosition()
    {
    }

    public Guid Id { get; private set; }

    public Guid OrganizationId { get; private set; }

    /// <summary>The term whose committee the post belongs to; null for assignments and posts recorded without a term.</summary>
    public Guid? TermId { get; private set; }

    public Guid MemberId { get; private set; }

    public PositionRole Role { get; private set; }

    public PositionSource Source { get; private set; }

    public DateOnly StartedOn { get; private set; }

    public DateOnly? EndedOn { get; private set; }

    public PositionEndReason? EndReason { get; private set; }

    /// <summary>一肩挑: a village secretary who also chairs the villagers' committee (O24).</summary>
    public bool IsDualRole { get; private set; }

    /// <summary>The secretary is also the head of the host unit (counted in the statistics).</summary>
    public bool HeadsHostUnit { get; private set; }

    /// <summary>The higher organ that sent a first secretary or instructor.</summary>
    public string? SendingUnit { get; private set; }

    public DateTimeOffset RecordedAt { get; private set; }

    public bool IsCurrent => EndedOn is null;

    public static CommitteePosition Assign(
        Guid organizationId, Guid? termId, Guid memberId, PositionRole role, PositionSource source, DateOnly startedOn, DateTimeOffset now,
        bool isDualRole = false, bool headsHostUnit = false, string? sendingUnit = null) => new()
        {
            Id = Guid.CreateVersion7(now),
            OrganizationId = organizationId,
            TermId = termId,
            MemberId = memberId,
            Role = role,
            Source = source,
            StartedOn = startedOn,
            IsDualRole = isDualRole,
            HeadsHostUnit = headsHostUnit,
            SendingUnit = string.IsNullOrWhiteSpace(sendingUnit) ? null : sendingUnit.Trim(),
            RecordedAt = now,
        };

    public void End(DateOnly endedOn, PositionEndReason reason)
    {
        EndedOn = endedOn;
        EndReason = reason;
    }
}
