namespace Cloud.Reporting.Domain.History;

/// <summary>What does not change about an organization of the county's tree once registered: type, kind, domain, township.</summary>
public sealed class OrganizationRecord
{
    private OrganizationRecord()
    {
    }

    public Guid OrganizationId { get; private set; }

    public string Type { get; private set; } = string.Empty;

    public string? Kind { get; private set; }

    public string? Domain { get; private set; }

    public string? Township { get; private set; }

    public DateOnly EstablishedOn { get; private set; }
}
