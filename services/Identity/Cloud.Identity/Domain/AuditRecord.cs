namespace Cloud.Identity.Domain;

/// <summary>One entry of a county's audit trail: who did what to whom, when and from where. Never holds a password or phone.</summary>
public sealed class AuditRecord
{
    public const int MaxTextLength = 100;

    private AuditRecord()
    {
    }

    public Guid Id { get; private set; }

    public DateTimeOffset At { get; private set; }

    public AuditAction Action { get; private set; }

    /// <summary>User id of the actor, when known (a failed sign-in of an unknown login has none).</summary>
    public string? ActorId { get; private set; }

    /// <summary>The login tried, for sign-ins; the caller's name (token <c>name</c> claim), for admin changes.</summary>
    public string? ActorName { get; private set; }

    public string? ClientIp { get; private set; }

    /// <summary>What the action was about: a user id, a county code, a client id.</summary>
    public string? Target { get; private set; }

    public static AuditRecord Of(AuditAction action, string? actorId, string? actorName, string? clientIp, string? target, DateTimeOffset now) => new()
    {
        Id = Guid.CreateVersion7(now),
        At = now,
        Action = action,
        ActorId = Truncate(actorId),
        ActorName = Truncate(actorName),
        ClientIp = Truncate(clientIp),
        Target = Truncate(target),
    };

    private static string? Truncate(string? value) => value is { Length: > MaxTextLength } ? value[..MaxTextLength] : value;
}
