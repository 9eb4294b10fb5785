namespace Cloud.Members.Api;

/// <summary>Accept into <see cref="OrganizationId"/> of this county, on <see cref="On"/> (today if omitted).</summary>
public sealed record AcceptTransferRequest(Guid? OrganizationId, DateOnly? On);

/// <summary>A refusal states its reason (M28: no unjustified refusal); the issuing county sees it.</summary>
public sealed record RejectTransferRequest(string? Reason);
