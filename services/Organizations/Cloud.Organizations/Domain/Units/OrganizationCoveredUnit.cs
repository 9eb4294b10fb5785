namespace Cloud.Organizations.Domain.Units;

/// <summary>A unit covered by a joint branch (联合党支部), which covers several units that each have fewer than 3 full members.</summary>
public sealed class OrganizationCoveredUnit
{
    private OrganizationCoveredUnit()
    {
    }

    public Guid OrganizationId { get; private set; }

    public Guid UnitId { get; private set; }

    public static OrganizationCoveredUnit Of(Guid organizationId, Guid unitId) => new() { OrganizationId = organizationId, UnitId = unitId };
}
