namespace Cloud.Organizations.Domain.Ratings;

/// <summary>软弱涣散 (<c>WeakOrganization</c>): an organization flagged weak or lax, to be rectified by a deadline.</summary>
public sealed class WeakOrganizationFlag
{
    public const int MaxReasonLength = 500;

    private WeakOrganizationFlag()
    {
    }

    public Guid Id { get; private set; }

    public Guid OrganizationId { get; private set; }

    public DateOnly FlaggedOn { get; private set; }

    public DateOnly RectificationDeadline { get; private set; }

    public string? Reason { get; private set; }

    /// <summary>整顿完成: null while the flag is open.</summary>
    public DateOnly? RectifiedOn { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public bool IsOpen => RectifiedOn is null;

    /// <summary>Flags the organization; check <see cref="WeakFlagRules"/> first.</summary>
    public static WeakOrganizationFlag Flag(Guid organizationId, DateOnly flaggedOn, DateOnly rectificationDeadline, string? reason, DateTimeOffset now) => new()
    {
        Id = Guid.CreateVersion7(now),
        OrganizationId = organizationId,
        FlaggedOn = flaggedOn,
        RectificationDeadline = rectificationDeadline,
        Reason = string.IsNullOrWhiteSpace(reason) ? null : reason.Trim(),
        CreatedAt = now,
    };

    public void Rectify(DateOnly rectifiedOn) => RectifiedOn = rectifiedOn;

    /// <summary>Past its deadline on <paramref name="asOf"/> without having been rectified by then.</summary>
    public bool IsOverdueOn(DateOnly asOf) =>
        FlaggedOn <= asOf && RectificationDeadline < asOf && (RectifiedOn is not { } rectified || rectified > asOf);
}
