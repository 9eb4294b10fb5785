namespace Cloud.Organizations.Api;

/// <summary>Since when the secretary post has been vacant, and for how many days.</summary>
public sealed record VacancyResponse(DateOnly VacantSince, int Days);
