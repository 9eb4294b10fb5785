namespace Cloud.Organizations.Domain.Leadership;

/// <summary>A post to give a member, already parsed; <see cref="TermId"/> defaults to the open term for committee posts.</summary>
public sealed record PositionAssignment(
    Guid MemberId,
    PositionRole Role,
    PositionSource Source,
    DateOnly StartedOn,
    Guid? TermId = null,
    bool IsDualRole = false,
    bool HeadsHostUnit = false,
    string? SendingUnit = null);
