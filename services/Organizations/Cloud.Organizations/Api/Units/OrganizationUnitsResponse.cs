namespace Cloud.Organizations.Api.Units;

/// <summary>An organization's host unit and, for a joint branch, the further units it covers.</summary>
public sealed record OrganizationUnitsResponse(Guid OrganizationId, UnitResponse? HostUnit, UnitResponse[] CoveredUnits);
