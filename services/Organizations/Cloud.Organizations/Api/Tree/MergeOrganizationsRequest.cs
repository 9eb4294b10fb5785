namespace Cloud.Organizations.Api.Tree;

/// <summary>合并: the organization the source is merged into, effective on <c>effectiveOn</c> (default today).</summary>
public sealed record MergeOrganizationsRequest(Guid? TargetId, DateOnly? EffectiveOn = null);
