namespace Cloud.Portal.Api.Members;

/// <summary>An organization offered in a picker (GET /api/organizations/search?name=…), within the user's scope.</summary>
public sealed record OrganizationOption(Guid Id, string Name, string Type);

/// <summary>The answer of GET /api/organizations/search.</summary>
public sealed record OrganizationOptions(IReadOnlyList<OrganizationOption> Items, string? Next);
