namespace Cloud.Members.Api.Development;

/// <summary>The applicants pool at the end of a day (ApplicantsPool snapshot): cases by stage, every stage named, zeros included.</summary>
public sealed record StageCountsResponse(DateOnly On, Guid? OrganizationId, IReadOnlyDictionary<string, int> Stages);
