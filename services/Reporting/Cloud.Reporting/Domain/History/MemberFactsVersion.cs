namespace Cloud.Reporting.Domain.History;

/// <summary>
/// A member's statistical facts (never a name, national ID, phone or address) as one event of the Members service stated
/// them, valid from <see cref="ValidFrom"/> (the day the change took effect: the decision, the transfer, the admission)
/// up to the next version's day (<see cref="ValidTo"/>, exclusive; null while current). Versions of one day are ordered
/// by <see cref="OccurredAt"/>, so events delivered twice or out of order leave the same history.
/// </summary>
public sealed class MemberFactsVersion
{
    private MemberFactsVersion()
    {
    }

    public Guid EventId { get; private set; }

    public Guid MemberId { get; private set; }

    public DateOnly ValidFrom { get; private set; }

    public DateOnly? ValidTo { get; private set; }

    public DateTimeOffset OccurredAt { get; private set; }

    public Guid OrganizationId { get; private set; }

    public string Gender { get; private set; } = string.Empty;

    public int BirthYear { get; private set; }

    public bool IsMinority { get; private set; }

    public string EducationBand { get; private set; } = string.Empty;

    public string Occupation { get; private set; } = string.Empty;

    public string EmploymentStatus { get; private set; } = string.Empty;

    /// <summary>Full or Probationary as recorded; a full member counts as such from <see cref="ConfirmedOn"/> on.</summary>
    public string MembershipStatus { get; private set; } = string.Empty;

    public DateOnly? AdmissionApprovedOn { get; private set; }

    public DateOnly? ConfirmedOn { get; private set; }

    public bool IsLeadingCadre { get; private set; }

    public Guid? WorkUnitId { get; private set; }
}
