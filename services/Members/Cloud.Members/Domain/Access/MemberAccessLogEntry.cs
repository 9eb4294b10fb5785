namespace Cloud.Members.Domain.Access;

/// <summary>
/// Who looked (查阅记录): one read of a member's full record by someone other than the member — who (token subject,
/// name and role), when, which fields were shown. Holds no national ID, whole or masked.
/// </summary>
public sealed class MemberAccessLogEntry
{
    private MemberAccessLogEntry()
    {
    }

    /// <summary>Ascending in insertion order; pages are keyed on it.</summary>
    public long Id { get; private set; }

    public Guid MemberId { get; private set; }

    public string ViewerSubject { get; private set; } = string.Empty;

    public string? ViewerName { get; private set; }

    public string ViewerRole { get; private set; } = string.Empty;

    public DateTimeOffset At { get; private set; }

    /// <summary>Field names as <see cref="ShownFields"/> writes them, e.g. <c>nationalId:masked</c>, <c>phone</c>.</summary>
    public string[] Fields { get; private set; } = [];

    public static MemberAccessLogEntry Record(Guid memberId, string viewerSubject, string? viewerName, string viewerRole, DateTimeOffset at, string[] fields) => new()
    {
        MemberId = memberId,
        ViewerSubject = viewerSubject,
        ViewerName = viewerName,
        ViewerRole = viewerRole,
        At = at,
        Fields = fields,
    };
}
