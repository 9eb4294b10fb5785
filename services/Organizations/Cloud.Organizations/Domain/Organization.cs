namespace Cloud.Organizations.Domain;

/// <summary>A grassroots Party organization in a county's organization tree.</summary>
public sealed class Organization
{
    public const int MaxNameLength = 100;

    private Organization()
    {
    }

    public Guid Id { get; private set; }

    public string Name { get; private set; } = string.Empty;

    public OrganizationType Type { get; private set; }

    /// <summary>隶属关系: the organization this one reports to; null for a top-level organization of the county.</summary>
    public Guid? ParentOrganizationId { get; private set; }

    public DateTimeOffset RegisteredAt { get; private set; }

    public static Organization Register(string name, OrganizationType type, Guid? parentOrganizationId, DateTimeOffset now) => new()
    {
        Id = Guid.CreateVersion7(now),
        Name = name.Trim(),
        Type = type,
        ParentOrganizationId = parentOrganizationId,
        RegisteredAt = now,
    };
}
