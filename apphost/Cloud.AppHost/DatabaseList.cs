namespace Cloud.AppHost;

/// <summary>
/// infra/databases (or CLOUD_DATABASES, which postgres.sh prefers) names the databases postgres.sh creates with their three
/// roles; the manifest must not outrun it, or a migration would fail later with a less clear message.
/// </summary>
public static class DatabaseList
{
    public const string RelativePath = "infra/databases";
    public const string OverrideVariable = "CLOUD_DATABASES";

    public static void EnsureListed(RepositoryLayout layout, IEnumerable<string> databases)
    {
        var (source, listed) = Listed(layout);
        var missing = databases.Where(d => !listed.Contains(d)).ToList();
        if (missing.Count > 0)
        {
            throw new StartupException($"{source} does not list {string.Join(", ", missing)}; add them there so postgres.sh creates them");
        }
    }

    private static (string Source, HashSet<string> Names) Listed(RepositoryLayout layout)
    {
        if (Environment.GetEnvironmentVariable(OverrideVariable) is { Length: > 0 } fromEnvironment)
        {
            return (OverrideVariable, Names([fromEnvironment]));
        }

        var path = Path.Combine(layout.Root, RelativePath);
        if (!File.Exists(path))
        {
            throw new StartupException($"{RelativePath} is missing; postgres.sh creates the databases it lists");
        }

        return (RelativePath, Names(File.ReadLines(path)));
    }

    // One name per line with # comments, as postgres.sh reads it (it splits on any whitespace).
    private static HashSet<string> Names(IEnumerable<string> lines) => lines
        .Select(line => line.Split('#')[0])
        .SelectMany(line => line.Split([' ', '\t'], StringSplitOptions.RemoveEmptyEntries))
        .ToHashSet(StringComparer.Ordinal);
}
