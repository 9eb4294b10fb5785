namespace Cloud.Members.Api;

/// <summary>
/// A transfer letter out of the county: to county <see cref="ToCounty"/> (6 digits) on Cloud, or, without it, to an
/// organization outside Cloud. <see cref="ToOrganizationName"/> is the receiving organization as the letter names it.
/// </summary>
public sealed record TransferLetterRequest(string? ToCounty, string? ToOrganizationName, string? Reason, string? LetterNo, DateOnly? IssuedOn);
