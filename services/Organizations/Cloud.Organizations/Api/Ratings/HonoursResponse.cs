namespace Cloud.Organizations.Api.Ratings;

/// <summary>
/// Indicator 47 <c>HonorsCount</c> (organizations' part) for a year, optionally one level: honours, organizations honoured,
/// and counts by award and by level, with the honours themselves.
/// </summary>
public sealed record HonoursResponse(int Year, string? Level, int Honours, int Organizations, NamedCount[] ByAward, NamedCount[] ByLevel, HonourResponse[] Items);
