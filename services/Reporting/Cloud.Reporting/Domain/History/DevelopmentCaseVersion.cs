namespace Cloud.Reporting.Domain.History;

/// <summary>
/// A development case (发展党员) in one stage from <see cref="ValidFrom"/> (the stage's decision date) to the next stage,
/// with the applicant's statistical facts: the pipeline's stocks (入党申请人/积极分子/发展对象) as of a date.
/// </summary>
public sealed class DevelopmentCaseVersion
{
    private DevelopmentCaseVersion()
    {
    }

    public Guid EventId { get; private set; }

    public Guid CaseId { get; private set; }

    public DateOnly ValidFrom { get; private set; }

    public DateOnly? ValidTo { get; private set; }

    public DateTimeOffset OccurredAt { get; private set; }

    public Guid OrganizationId { get; private set; }

    public string Stage { get; private set; } = string.Empty;

    public DateOnly ApplicationOn { get; private set; }

    public string Gender { get; private set; } = string.Empty;

    public int BirthYear { get; private set; }

    public bool IsMinority { get; private set; }

    public string EducationBand { get; private set; } = string.Empty;

    public string Occupation { get; private set; } = string.Empty;

    public bool IsLeagueMember { get; private set; }
}
