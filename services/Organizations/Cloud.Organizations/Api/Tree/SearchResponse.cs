namespace Cloud.Organizations.Api.Tree;

/// <summary>One page of a search; <c>next</c> is the cursor of the following page (null on the last).</summary>
public sealed record SearchResponse(IReadOnlyList<OrganizationResponse> Items, string? Next);
