namespace Cloud.Members.Api;

/// <summary>A member's membership status and state after a decision (no personal data).</summary>
public sealed record MemberStatusResponse(Guid Id, string Status, string State, DateOnly? ConfirmedOn);
