namespace Cloud.AppHost;

/// <summary>One organization of the demo tree; the parent is named because its id is known only once it exists.</summary>
public sealed record DemoOrganization(string Name, string Type, string? ParentName);
