namespace Cloud.DemoSeed;

/// <summary>The body of <c>POST /api/organizations</c>.</summary>
public sealed record OrganizationRequest(
    string Name, string Type, Guid? ParentId, string? Kind, string? Domain, string? Township, DateOnly EstablishedOn, DateOnly? TemporaryTaskEndsOn);
