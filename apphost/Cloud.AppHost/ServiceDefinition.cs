namespace Cloud.AppHost;

/// <summary>One service of the manifest in appsettings.json.</summary>
public sealed record ServiceDefinition
{
    /// <summary>Lower-case name, used for service discovery (<c>services__&lt;name&gt;__http__0</c>) and telemetry.</summary>
    public string Name { get; init; } = string.Empty;

    /// <summary>Project folder, relative to the repository root.</summary>
    public string Project { get; init; } = string.Empty;

    public string Assembly { get; init; } = string.Empty;

    /// <summary>The database it owns, if any; it must be listed in infra/databases so postgres.sh creates its roles.</summary>
    public string? Database { get; init; }

    public int Port { get; init; }

    public string Origin => $"http://127.0.0.1:{Port}";

    public string ProjectDirectory(RepositoryLayout layout) => Path.Combine(layout.Root, Project);

    public string AssemblyPath(RepositoryLayout layout) => Path.Combine(
        ProjectDirectory(layout), "bin", RepositoryLayout.Configuration, RepositoryLayout.TargetFramework, Assembly + ".dll");
}
