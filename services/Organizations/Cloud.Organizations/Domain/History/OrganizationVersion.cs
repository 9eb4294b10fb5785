namespace Cloud.Organizations.Domain;

/// <summary>
/// One state of an organization, valid from <see cref="ValidFrom"/> up to (not including) <see cref="ValidTo"/>; the
/// open version (ValidTo null) is the current one. Written by the database trigger on organizations, never by code,
/// so every writer of the tree leaves history behind.
/// </summary>
public sealed class OrganizationVersion
{
    private OrganizationVersion()
    {
    }

    public Guid OrganizationId { get; private set; }

    public DateOnly ValidFrom { get; private set; }

    public DateOnly? ValidTo { get; private set; }

    public string Name { get; private set; } = string.Empty;

    public OrganizationType Type { get; private set; }

    public BranchKind? Kind { get; private set; }

    public OrganizationDomain? Domain { get; private set; }

    public string? Township { get; private set; }

    public OrganizationStatus Status { get; private set; }

    public Guid? ParentOrganizationId { get; private set; }

    public string Path { get; private set; } = string.Empty;
}
