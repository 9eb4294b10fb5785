namespace Cloud.Members.Domain.Development;

/// <summary>A member a step names (mentor, sponsor), as the county's records show them on the day: full members only may serve (M5, M8).</summary>
public sealed record MemberStanding(Guid MemberId, bool IsCurrentFullMember);
