namespace Cloud.Portal.Api.Pickers;

/// <summary>An organization as a picker offers it (GET /api/organizations/search items).</summary>
public sealed record OrganizationChoice(Guid Id, string Name)
{
    public override string ToString() => Name;
}

/// <summary>A page of the organization search.</summary>
public sealed record OrganizationChoices(IReadOnlyList<OrganizationChoice> Items, string? Next);

/// <summary>A member as a picker offers them (GET /api/members/search items): masked ID, their organization.</summary>
public sealed record MemberChoice(Guid Id, string Name, string NationalId, string Status, Guid OrganizationId, string? OrganizationName)
{
    public override string ToString() => $"{Name}（{NationalId}）";
}

/// <summary>A page of the member search.</summary>
public sealed record MemberChoices(IReadOnlyList<MemberChoice> Items, string? Next);
