namespace Cloud.Reporting.Domain.History;

/// <summary>
/// One dated change of an organization (<see cref="OrganizationAspect"/>): its name, its parent (隶属关系) or its status,
/// valid from <see cref="ValidFrom"/> (the change's effective date, often before it was recorded) to the next change of
/// the same aspect. A subtree as of a date follows the parents valid on that date.
/// </summary>
public sealed class OrganizationChange
{
    private OrganizationChange()
    {
    }

    public Guid EventId { get; private set; }

    public string Aspect { get; private set; } = string.Empty;

    public Guid OrganizationId { get; private set; }

    public DateOnly ValidFrom { get; private set; }

    public DateOnly? ValidTo { get; private set; }

    public DateTimeOffset OccurredAt { get; private set; }

    /// <summary>The name, the parent's id ("N" format, empty for the top) or the status.</summary>
    public string Value { get; private set; } = string.Empty;
}

public static class OrganizationAspect
{
    public const string Name = nameof(Name);

    public const string Parent = nameof(Parent);

    public const string Status = nameof(Status);
}
