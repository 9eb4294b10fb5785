namespace Cloud.DemoSeed;

/// <summary>A demo user; <see cref="Scope"/> names the organization an OrgAdmin or BranchSecretary is scoped to.</summary>
public sealed record DemoUser(string Login, string DisplayName, string Role, string? Scope);
