namespace Cloud.Portal.Api.Administration;

/// <summary>An organization to pick (a user's scope, a member's branch), from /api/organizations/search or /{id}.</summary>
public sealed record OrganizationChoice(Guid Id, string Name, string Type)
{
    public override string ToString() => Name;
}

/// <summary>One page of /api/organizations/search.</summary>
public sealed record OrganizationChoices(IReadOnlyList<OrganizationChoice> Items, string? Next);

/// <summary>A member to link to a user (a row of /api/members/search), with its page.</summary>
public sealed record MemberChoice(Guid Id, string Name, string NationalId);

public sealed record MemberChoices(IReadOnlyList<MemberChoice> Items, string? Next);
