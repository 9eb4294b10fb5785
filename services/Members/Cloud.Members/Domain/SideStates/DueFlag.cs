namespace Cloud.Members.Domain.SideStates;

/// <summary>A review that is due (or overdue) since <see cref="DueOn"/>.</summary>
public sealed record DueFlag(DueFlagKind Kind, DateOnly DueOn);
