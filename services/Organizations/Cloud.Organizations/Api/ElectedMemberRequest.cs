namespace Cloud.Organizations.Api;

/// <summary>One elected (or appointed) member: the member's id, yes votes (not for an appointment) and post (CommitteeMember when absent).</summary>
public sealed record ElectedMemberRequest(Guid? MemberId, int? Votes, string? Role);
