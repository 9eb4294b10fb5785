namespace Cloud.Organizations.Api.Ratings;

/// <summary>A count of one value of a kind (an award type, a level).</summary>
public sealed record NamedCount(string Name, int Count);
