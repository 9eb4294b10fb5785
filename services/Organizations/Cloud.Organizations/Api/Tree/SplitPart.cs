namespace Cloud.Organizations.Api.Tree;

/// <summary>One new organization of a split; kind, domain and township default to the source's.</summary>
public sealed record SplitPart(string? Name, string? Kind = null, string? Domain = null, string? Township = null);
