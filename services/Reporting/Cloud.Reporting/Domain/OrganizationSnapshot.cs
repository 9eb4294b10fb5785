namespace Cloud.Reporting.Domain;

/// <summary>Reporting's local copy of an organization, learnt from OrganizationRegistered.</summary>
public sealed class OrganizationSnapshot
{
    private OrganizationSnapshot()
    {
    }

    public Guid OrganizationId { get; private set; }

    public string Name { get; private set; } = string.Empty;

    public string Type { get; private set; } = string.Empty;

    public Guid? ParentOrganizationId { get; private set; }

    public DateTimeOffset RegisteredAt { get; private set; }

    public static OrganizationSnapshot Of(Guid organizationId, string name, string type, Guid? parentOrganizationId, DateTimeOffset registeredAt) => new()
    {
        OrganizationId = organizationId,
        Name = name,
        Type = type,
        ParentOrganizationId = parentOrganizationId,
        RegisteredAt = registeredAt,
    };
}
