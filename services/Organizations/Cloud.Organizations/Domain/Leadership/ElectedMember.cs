namespace Cloud.Organizations.Domain.Leadership;

/// <summary>One result of a term's election: the member (by id only), the yes votes (none for an appointment) and the post taken.</summary>
public sealed record ElectedMember(Guid MemberId, int? Votes, PositionRole Role);
