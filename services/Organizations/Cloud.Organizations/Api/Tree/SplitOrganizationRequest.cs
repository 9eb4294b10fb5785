namespace Cloud.Organizations.Api.Tree;

/// <summary>
/// 拆分: the new organizations; <c>childrenTo</c> maps each direct child of the source to the index of the part it goes
/// to (default the first); the source is dissolved unless <c>keepSource</c>.
/// </summary>
public sealed record SplitOrganizationRequest(
    IReadOnlyList<SplitPart>? Parts, IReadOnlyDictionary<Guid, int>? ChildrenTo = null, bool KeepSource = false, DateOnly? EffectiveOn = null);
