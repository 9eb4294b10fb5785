namespace Cloud.AppHost.Tests;

/// <summary>What a test run leaves for people to look at (screenshots, timings): artifacts/ in the repository, git-ignored.</summary>
public static class Artifacts
{
    public static string Folder
    {
        get
        {
            var folder = Environment.GetEnvironmentVariable("CLOUD_ARTIFACTS") ?? Path.Combine(Cloud.Testing.TestEnvironment.RepoRoot, "artifacts");
            Directory.CreateDirectory(folder);
            return folder;
        }
    }
}
