namespace Cloud.Organizations.Domain.Advisories;

/// <summary>
/// A business-rule warning about an organization: returned with it and listed per county, never an error — the
/// regulations say "一般", and the county decides. <see cref="Code"/> is the rule's name.
/// </summary>
public sealed record Advisory(Guid OrganizationId, string Code, string Message, string Suggestion);
