namespace Cloud.Organizations.Api.Ratings;

/// <summary>
/// Indicator 47 <c>HonorsCount</c> (organizations' part) for a year, optionally one level: honors, organizations honored,
/// and counts by award and by level, with the honors themselves.
/// </summary>
public sealed record HonorsResponse(int Year, string? Level, int Honors, int Organizations, NamedCount[] ByAward, NamedCount[] ByLevel, HonorResponse[] Items);
