namespace Cloud.Organizations.Api.Units;

/// <summary>Sets an organization's host unit; null clears it.</summary>
public sealed record HostUnitRequest(Guid? UnitId);
