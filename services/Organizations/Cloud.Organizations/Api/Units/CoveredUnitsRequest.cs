namespace Cloud.Organizations.Api.Units;

/// <summary>Replaces the units a joint branch covers besides its host unit; an empty list clears them.</summary>
public sealed record CoveredUnitsRequest(Guid[]? UnitIds);
