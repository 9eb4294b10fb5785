namespace Cloud.Organizations.Api.Tree;

/// <summary>撤销: why (kept with the organization), effective on <c>effectiveOn</c> (default today).</summary>
public sealed record DissolveOrganizationRequest(string? Reason = null, DateOnly? EffectiveOn = null);
