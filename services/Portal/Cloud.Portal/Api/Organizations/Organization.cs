namespace Cloud.Portal.Api.Organizations;

/// <summary>An organization as <c>GET /api/organizations/{id}</c>, search and the writes return it.</summary>
public sealed record Organization(
    Guid Id, string Name, string Type, Guid? ParentId, string? Kind, string? Domain, string Status, string? Township,
    DateOnly EffectiveFrom, DateOnly? DissolvedOn, string? ShortName, string? ApprovalDocNo, DateOnly? ApprovedOn,
    IReadOnlyList<Advisory>? Advisories = null)
{
    public bool IsDissolved => Status == "Dissolved";
}

/// <summary>A business-rule warning about an organization (never an error).</summary>
public sealed record Advisory(string Code, string Message, string Suggestion);

/// <summary>One page of <c>GET /api/organizations/search</c>.</summary>
public sealed record OrganizationSearchPage(IReadOnlyList<Organization> Items, string? Next);

/// <summary>One state of an organization in its history (<c>/{id}/history</c>).</summary>
public sealed record OrganizationVersion(DateOnly ValidFrom, DateOnly? ValidTo, string Name, string Type, string Status, Guid? ParentId);

/// <summary>A split's answer: the source and the new organizations.</summary>
public sealed record SplitResult(Organization Source, IReadOnlyList<Organization> Parts);
