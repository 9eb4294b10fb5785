namespace Cloud.Members.Api;

/// <summary>Move a member's affiliation to another organization of the county; <see cref="Reason"/> by name (<c>JobChange</c>).</summary>
public sealed record WithinCountyTransferRequest(Guid? ToOrganizationId, string? Reason, string? LetterNo, DateOnly? On);
