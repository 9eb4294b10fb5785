namespace Cloud.Organizations.Api.Ratings;

/// <summary>Ends a pairing on <c>endOn</c>.</summary>
public sealed record EndPairingRequest(DateOnly? EndOn);
