namespace Cloud.AppHost;

/// <summary>Where the repository and its kept-between-runs data folder are.</summary>
public sealed record RepositoryLayout(string Root)
{
    /// <summary>Services are started from the same build configuration as this AppHost, so one `dotnet build` suffices.</summary>
#if DEBUG
    public const string Configuration = "Debug";
#else
    public const string Configuration = "Release";
#endif

    /// <summary>Every project gets its TargetFramework from Directory.Build.props.</summary>
    public const string TargetFramework = "net10.0";

    private const string SolutionFile = "Cloud.sln";

    public string DataDirectory => Path.Combine(Root, ".data");

    public string DataPath(string name) => Path.Combine(DataDirectory, name);

    public static RepositoryLayout Find(string start)
    {
        for (var directory = new DirectoryInfo(start); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, SolutionFile)))
            {
                return new RepositoryLayout(directory.FullName);
            }
        }

        throw new StartupException($"no {SolutionFile} found in {start} or any folder above it; run the AppHost from its build output inside the repository");
    }
}
