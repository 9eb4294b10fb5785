namespace Cloud.Reporting.Domain.History;

/// <summary>
/// A term (届) of an organization's committee: when it started, when it was due to end (its planned end, or the approved
/// extension), and when it closed (the next election). Either event may arrive first; a term counts once its start is known.
/// </summary>
public sealed class TermRecord
{
    private TermRecord()
    {
    }

    public Guid TermId { get; private set; }

    public Guid OrganizationId { get; private set; }

    public int TermNumber { get; private set; }

    public DateOnly? StartedOn { get; private set; }

    public DateOnly? PlannedEndOn { get; private set; }

    public DateOnly? ExtendedUntil { get; private set; }

    public DateOnly? ClosedOn { get; private set; }
}
