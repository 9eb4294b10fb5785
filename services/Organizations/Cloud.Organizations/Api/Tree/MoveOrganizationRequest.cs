namespace Cloud.Organizations.Api.Tree;

/// <summary>隶属关系调整: the new parent (null: the top of the county), effective on <c>effectiveOn</c> (default today).</summary>
public sealed record MoveOrganizationRequest(Guid? ParentId, DateOnly? EffectiveOn = null);
