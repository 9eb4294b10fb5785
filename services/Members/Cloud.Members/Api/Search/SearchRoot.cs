namespace Cloud.Members.Api.Search;

/// <summary>Where a search looks: a subtree's path, the whole county (null path), or nowhere the caller may look.</summary>
public sealed record SearchRoot(string? Path, bool IsRefused = false)
{
    public static readonly SearchRoot County = new((string?)null);

    public static readonly SearchRoot Refused = new(null, IsRefused: true);
}
