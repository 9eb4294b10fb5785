namespace Cloud.Organizations.Api.Tree;

/// <summary>A status change effective on <c>effectiveOn</c> (default today).</summary>
public sealed record EffectiveOnRequest(DateOnly? EffectiveOn = null);
