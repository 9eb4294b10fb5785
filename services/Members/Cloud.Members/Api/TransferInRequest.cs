namespace Cloud.Members.Api;

/// <summary>
/// A member arriving with a letter from an organization outside Cloud: the record as for a registration, plus the
/// letter. <see cref="FromOrganizationName"/> is the issuing organization as the letter names it.
/// </summary>
public sealed record TransferInRequest(MemberRequest? Member, string? FromOrganizationName, string? Reason, string? LetterNo, DateOnly? On);
