namespace Cloud.Members.Api.Search;

/// <summary>A page of results; <see cref="Next"/> is the <c>after</c> of the next page, null on the last one.</summary>
public sealed record MemberSearchPage(IReadOnlyList<MemberListItem> Items, string? Next);
