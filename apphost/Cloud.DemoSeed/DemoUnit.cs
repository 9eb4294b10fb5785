namespace Cloud.DemoSeed;

/// <summary>A unit of the host-unit registry (name, category, township, employees; 0 for villages and communities).</summary>
public sealed record DemoUnit(string Name, string Category, string? Township, int Employees);
