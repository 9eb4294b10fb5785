namespace Cloud.Portal.Api.Home;

/// <summary>One group of things that need the user's attention on the 工作台: a heading, how many, the first few, where to handle them.</summary>
public sealed record Attention(string Title, string Icon, int Count, IReadOnlyList<AttentionItem> Items, string? AllHref, ApiProblem? Problem = null)
{
    /// <summary>How many items each group lists; the rest are behind "查看全部".</summary>
    public const int Shown = 5;

    public static Attention From<T>(string title, string icon, ApiResult<T[]> result, Func<T, AttentionItem> item, string? allHref) =>
        result.Succeeded
            ? new(title, icon, result.Value.Length, [.. result.Value.Take(Shown).Select(item)], allHref)
            : new(title, icon, 0, [], allHref, result.Problem);
}

/// <summary>One thing to handle: what, a detail line, and the page where it is handled.</summary>
public sealed record AttentionItem(string Text, string Detail, string Href, bool Urgent = false);
