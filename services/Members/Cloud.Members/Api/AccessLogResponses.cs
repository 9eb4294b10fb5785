using Cloud.Members.Domain.Access;

namespace Cloud.Members.Api;

/// <summary>One read of a member's record: who (subject, name, role), when, which fields (no national ID in it).</summary>
public sealed record AccessLogEntryResponse(long Id, Guid MemberId, string ViewerSubject, string? ViewerName, string ViewerRole, DateTimeOffset At, IReadOnlyList<string> Fields)
{
    public static AccessLogEntryResponse From(MemberAccessLogEntry e) => new(e.Id, e.MemberId, e.ViewerSubject, e.ViewerName, e.ViewerRole, e.At, e.Fields);
}

/// <summary>Newest first; pass <c>Next</c> as <c>before</c> for the following page (null when there is none).</summary>
public sealed record AccessLogPage(IReadOnlyList<AccessLogEntryResponse> Items, long? Next);
