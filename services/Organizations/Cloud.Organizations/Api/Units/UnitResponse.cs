using Cloud.Organizations.Domain.Units;

namespace Cloud.Organizations.Api.Units;

/// <summary>A host unit; <c>organizations</c> (the linked organizations the user may see) only on a single unit.</summary>
public sealed record UnitResponse(
    Guid Id, string Name, string Category, string? Township, int? EmployeeCount,
    int FullMemberCount, DateTimeOffset? FullMembersCountedAt, bool HasOrganization, DateTimeOffset CreatedAt,
    LinkedOrganizationResponse[]? Organizations = null)
{
    public static UnitResponse From(HostUnit unit, bool hasOrganization, LinkedOrganizationResponse[]? organizations = null) =>
        new(unit.Id, unit.Name, unit.Category.ToString(), unit.Township, unit.EmployeeCount,
            unit.FullMemberCount, unit.FullMembersCountedAt, hasOrganization, unit.CreatedAt, organizations);
}
