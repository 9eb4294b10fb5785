namespace Cloud.Members.Api;

/// <summary>A review due for a member: <c>SuspensionReviewDue</c>, <c>RemovalReviewDue</c>, <c>CorrectionPeriodEnded</c> or <c>ProbationEnded</c>, since <c>DueOn</c>.</summary>
public sealed record MemberFlagResponse(Guid MemberId, string Name, Guid OrganizationId, string Flag, DateOnly DueOn);
