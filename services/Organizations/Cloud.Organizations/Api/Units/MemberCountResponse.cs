namespace Cloud.Organizations.Api.Units;

/// <summary>An organization's members from the Members service's last count; <c>countedAt</c> null before any count.</summary>
public sealed record MemberCountResponse(Guid OrganizationId, int FullMembers, int ProbationaryMembers, int Total, DateTimeOffset? CountedAt);
