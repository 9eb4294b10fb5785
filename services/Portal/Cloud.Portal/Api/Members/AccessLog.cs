namespace Cloud.Portal.Api.Members;

/// <summary>One read of a member's record: who, in which role, when, which fields. Newest first.</summary>
public sealed record AccessLogEntry(long Id, Guid MemberId, string ViewerSubject, string? ViewerName, string ViewerRole, DateTimeOffset At, IReadOnlyList<string> Fields);

/// <summary>A page of the access log; pass <see cref="Next"/> as <c>before</c> for the following page.</summary>
public sealed record AccessLogPage(IReadOnlyList<AccessLogEntry> Items, long? Next);
