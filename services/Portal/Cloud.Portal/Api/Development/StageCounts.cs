namespace Cloud.Portal.Api.Development;

/// <summary>The applicants pool on a day (GET /api/members/development/counts): cases by stage name.</summary>
public sealed record StageCounts(DateOnly On, IReadOnlyDictionary<string, int> Stages);
