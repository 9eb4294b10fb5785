namespace Cloud.Persistence.OrganizationTree;

/// <summary>
/// A service's local copy of one organization of the county's tree, kept from the Organizations service's events:
/// enough to place a record in the tree (path), count by type and domain, and answer org-scope questions. Nothing personal.
/// </summary>
public sealed class OrganizationNode
{
    public const string Dissolved = nameof(Dissolved);

    internal OrganizationNode()
    {
    }

    public Guid OrganizationId { get; internal set; }

    public string Name { get; internal set; } = string.Empty;

    public string Type { get; internal set; } = string.Empty;

    public string? Kind { get; internal set; }

    public string? Domain { get; internal set; }

    public Guid? ParentOrganizationId { get; internal set; }

    /// <summary>Dot-separated ids from the top of the county down to this organization (PostgreSQL ltree).</summary>
    public string Path { get; internal set; } = string.Empty;

    public string Status { get; internal set; } = "Active";

    /// <summary>When the last event applied to this row occurred.</summary>
    public DateTimeOffset UpdatedAt { get; internal set; }
}
