namespace Cloud.Organizations.Domain.Ratings;

/// <summary>结对帮扶 ("1+1"): a strong organization helps a weak one for a while (seed 000: 70 pairs).</summary>
public sealed class PairingAssistance
{
    private PairingAssistance()
    {
    }

    public Guid Id { get; private set; }

    public Guid StrongOrganizationId { get; private set; }

    public Guid WeakOrganizationId { get; private set; }

    public DateOnly StartOn { get; private set; }

    /// <summary>Null while the pairing lasts.</summary>
    public DateOnly? EndOn { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public static PairingAssistance Pair(Guid strongOrganizationId, Guid weakOrganizationId, DateOnly startOn, DateOnly? endOn, DateTimeOffset now) => new()
    {
        Id = Guid.CreateVersion7(now),
        StrongOrganizationId = strongOrganizationId,
        WeakOrganizationId = weakOrganizationId,
        StartOn = startOn,
        EndOn = endOn,
        CreatedAt = now,
    };

    public void End(DateOnly endOn) => EndOn = endOn;

    public bool Overlaps(DateOnly startOn, DateOnly? endOn) =>
        StartOn <= (endOn ?? DateOnly.MaxValue) && startOn <= (EndOn ?? DateOnly.MaxValue);
}
