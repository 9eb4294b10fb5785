using System.Diagnostics;

namespace Cloud.AppHost;

/// <summary>Runs a service's <c>--migrate</c> and starts the service itself, both as <c>dotnet &lt;dll&gt;</c>.</summary>
public sealed class ServiceLauncher(RepositoryLayout layout, ServiceEnvironment environment)
{
    private static readonly TimeSpan MigrationTimeout = TimeSpan.FromMinutes(5);
    private static readonly TimeSpan Grace = TimeSpan.FromSeconds(5);

    /// <summary>Fails before anything starts when a service was not built, rather than after PostgreSQL is up.</summary>
    public void EnsureBuilt(IEnumerable<ServiceDefinition> services)
    {
        var missing = services.Where(s => !File.Exists(s.AssemblyPath(layout))).Select(s => s.AssemblyPath(layout)).ToList();
        if (missing.Count > 0)
        {
            throw new StartupException(
                $"not built ({RepositoryLayout.Configuration}): {string.Join(", ", missing)}; run `dotnet build Cloud.sln` first");
        }
    }

    /// <summary>Every configured port but our own servers' must be free: a service cannot share its port.</summary>
    public static void EnsurePortsFree(IEnumerable<ServiceDefinition> services)
    {
        var taken = services
            .Select(s => (Service: s, Owner: PortOwner.Find(s.Port)))
            .Where(x => x.Owner is not null)
            .Select(x => $"{x.Service.Name}: {x.Owner}")
            .ToList();
        if (taken.Count > 0)
        {
            throw new StartupException(
                $"ports in use (another AppHost still running?):\n  {string.Join("\n  ", taken)}\nStop those processes or change the ports in apphost/Cloud.AppHost/appsettings.json.");
        }
    }

    public async Task MigrateAsync(ServiceDefinition service, CancellationToken cancellationToken)
    {
        ConsoleOutput.Info($"migrating database {service.Database} ({service.Assembly} --migrate)");
        var clock = Stopwatch.StartNew();
        using var child = Start(service, ["--migrate"]);
        try
        {
            var code = await child.WaitAsync(MigrationTimeout, cancellationToken);
            if (code != 0)
            {
                throw new StartupException(
                    $"{service.Assembly} --migrate exited with code {code} (full output above under [{service.Name}]):\n    {string.Join("\n    ", Excerpt(child.Tail))}");
            }

            ConsoleOutput.Info($"database {service.Database} is migrated ({clock.Elapsed.TotalSeconds:0.0} s)");
        }
        catch (TimeoutException)
        {
            throw new StartupException($"{service.Assembly} --migrate did not finish within {MigrationTimeout.TotalMinutes:0} min");
        }
        finally
        {
            await child.StopAsync(Grace);
        }
    }

    public ChildProcess Start(ServiceDefinition service)
    {
        ConsoleOutput.Info($"starting {service.Name} on {service.Origin}");
        return Start(service, []);
    }

    // The project folder is the working directory, as with `dotnet run` and Aspire, so the content root finds appsettings.json.
    private ChildProcess Start(ServiceDefinition service, IEnumerable<string> arguments) => ChildProcess.Start(
        service.Name,
        "dotnet",
        arguments.Prepend(service.AssemblyPath(layout)),
        service.ProjectDirectory(layout),
        environment.For(service));

    /// <summary>The lines that say what went wrong (not the stack frames), or else the last few.</summary>
    private static IEnumerable<string> Excerpt(IReadOnlyList<string> lines)
    {
        string[] telling = ["exception", "error", "fail"];
        var excerpt = lines
            .Where(line => !line.TrimStart().StartsWith("at ", StringComparison.Ordinal))
            .Where(line => telling.Any(word => line.Contains(word, StringComparison.OrdinalIgnoreCase)))
            .Distinct()
            .Take(5)
            .ToList();
        return excerpt.Count > 0 ? excerpt : lines.TakeLast(10);
    }
}
