using System.Diagnostics;
using System.Globalization;
using System.Runtime.InteropServices;
using System.Text;
using Cloud.Testing;

namespace Cloud.AppHost.Tests;

/// <summary>
/// The whole platform as a new user starts it: <c>infra/run.sh</c> in a session of its own (as a terminal would run it),
/// on free ports with its data in a temp folder; stopped with SIGINT to its process group, as Ctrl+C does, after
/// which nothing it started may be left running.
/// </summary>
public sealed class PlatformRun : IAsyncLifetime
{
    private const int SigInt = 2;
    private const int SigKill = 9;
    private static readonly TimeSpan StartTimeout = TimeSpan.FromMinutes(10);
    private static readonly TimeSpan StopTimeout = TimeSpan.FromSeconds(90);

    private readonly StringBuilder _output = new();
    private readonly TaskCompletionSource<string> _banner = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private Process? _process;

    public string DataDirectory { get; } = Path.Combine(
        Environment.GetEnvironmentVariable("CLOUD_TEST_TMP") ?? Path.GetTempPath(), $"platform-{Guid.NewGuid():N}");

    public int GatewayPort { get; } = FreePort.Next();

    public int RabbitMqPort { get; } = FreePort.Next();

    public string Gateway => $"http://127.0.0.1:{GatewayPort}";

    /// <summary>The block the AppHost logs once the demo seed is done, with every resource's state.</summary>
    public string Banner { get; private set; } = string.Empty;

    public TimeSpan TimeToReady { get; private set; }

    public DashboardTelemetry Dashboard { get; private set; } = null!;

    private Dictionary<string, int> Ports { get; } = new()
    {
        ["Cloud__PostgresPort"] = FreePort.Next(),
        ["Cloud__IdentityPort"] = FreePort.Next(),
        ["Cloud__OrganizationsPort"] = FreePort.Next(),
        ["Cloud__MembersPort"] = FreePort.Next(),
        ["Cloud__PortalPort"] = FreePort.Next(),
        ["Cloud__ReportingPort"] = FreePort.Next(),
        ["DashboardPort"] = FreePort.Next(),
        ["OtlpPort"] = FreePort.Next(),
        ["ResourceServicePort"] = FreePort.Next(),
    };

    public async Task InitializeAsync()
    {
        var clock = Stopwatch.StartNew();
        // env --default-signal=INT: a test runner started in the background ignores SIGINT, and children inherit that;
        // a terminal's Ctrl+C reaches a process that does not. setsid: the run gets its own process group to signal.
        var start = new ProcessStartInfo("env")
        {
            WorkingDirectory = TestEnvironment.RepoRoot,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var argument in new[] { "--default-signal=INT", "setsid", "bash", Path.Combine(TestEnvironment.RepoRoot, "infra", "run.sh") })
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["Cloud__DataDirectory"] = DataDirectory;
        start.Environment["Cloud__GatewayPort"] = Text(GatewayPort);
        start.Environment["Cloud__RabbitMqPort"] = Text(RabbitMqPort);
        foreach (var (name, port) in Ports.Where(p => p.Key.StartsWith("Cloud__", StringComparison.Ordinal)))
        {
            start.Environment[name] = Text(port);
        }

        start.Environment["ASPNETCORE_URLS"] = $"http://127.0.0.1:{Ports["DashboardPort"]}";
        start.Environment["ASPIRE_DASHBOARD_OTLP_HTTP_ENDPOINT_URL"] = $"http://127.0.0.1:{Ports["OtlpPort"]}";
        start.Environment["ASPIRE_RESOURCE_SERVICE_ENDPOINT_URL"] = $"http://127.0.0.1:{Ports["ResourceServicePort"]}";
        _process = Process.Start(start) ?? throw new InvalidOperationException("infra/run.sh did not start");
        _process.OutputDataReceived += (_, e) => Record(e.Data);
        _process.ErrorDataReceived += (_, e) => Record(e.Data);
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();

        var finished = await Task.WhenAny(_banner.Task, _process.WaitForExitAsync(), Task.Delay(StartTimeout));
        if (finished != _banner.Task)
        {
            throw new InvalidOperationException($"infra/run.sh was not ready within {StartTimeout} (exited: {_process.HasExited}):\n{Output}");
        }

        Banner = await _banner.Task;
        TimeToReady = clock.Elapsed;
        Dashboard = DashboardTelemetry.From(Path.Combine(DataDirectory, "dashboard.env"));
        Report($"infra/run.sh ready in {TimeToReady.TotalSeconds:0.0} s (fresh data folder, build included)");
    }

    /// <summary>Ctrl+C: SIGINT to the whole process group; then nothing of the platform may remain.</summary>
    public async Task DisposeAsync()
    {
        if (_process is null)
        {
            return;
        }

        var clock = Stopwatch.StartNew();
        _ = Signal(-_process.Id, SigInt);
        var gone = await Eventually.WaitAsync(
            () => Task.FromResult(_process.HasExited ? Leftovers() : ["the AppHost"]), left => left.Count == 0, StopTimeout, "everything stops after Ctrl+C")
            .ContinueWith(t => t.IsCompletedSuccessfully, TaskScheduler.Default);
        var leftovers = Leftovers();
        foreach (var pid in leftovers.Select(l => int.Parse(l.Split(' ')[0], CultureInfo.InvariantCulture)))
        {
            _ = Signal(pid, SigKill);
        }

        Report($"Ctrl+C to nothing running: {clock.Elapsed.TotalSeconds:0.0} s");
        _process.Dispose();
        if (!gone || leftovers.Count > 0)
        {
            throw new InvalidOperationException($"After Ctrl+C and {StopTimeout.TotalSeconds} s these were still running:\n{string.Join('\n', leftovers)}");
        }
    }

    public string Output
    {
        get
        {
            lock (_output)
            {
                return _output.ToString();
            }
        }
    }

    /// <summary>Processes of this run: each one carries the run's data folder in its command line or environment (DCP,
    /// the services, postgres, the RabbitMQ node and its epmd all inherit or name it).</summary>
    private List<string> Leftovers()
    {
        var rabbitMq = $"127.0.0.1:{RabbitMqPort}/";
        var found = new List<string>();
        foreach (var directory in Directory.EnumerateDirectories("/proc").Where(d => int.TryParse(Path.GetFileName(d), out var pid) && pid != Environment.ProcessId))
        {
            var commandLine = Read(Path.Combine(directory, "cmdline"));
            var environment = Read(Path.Combine(directory, "environ"));
            if (commandLine.Contains(DataDirectory, StringComparison.Ordinal) || environment.Contains(DataDirectory, StringComparison.Ordinal)
                || environment.Contains(rabbitMq, StringComparison.Ordinal))
            {
                found.Add($"{Path.GetFileName(directory)} {commandLine}");
            }
        }

        return found;
    }

    private static string Read(string path)
    {
        try
        {
            return File.ReadAllText(path).Replace('\0', ' ');
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return string.Empty;
        }
    }

    private void Record(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (_output)
        {
            _output.AppendLine(line);
            // The banner is one log entry over several lines; it ends with the token file's line.
            if (!_banner.Task.IsCompleted && line.Contains("token:", StringComparison.Ordinal) && _output.ToString() is var all
                && all.LastIndexOf("Cloud ", StringComparison.Ordinal) is >= 0 and var at)
            {
                _banner.TrySetResult(all[at..]);
            }
        }
    }

    /// <summary>Figures worth a note (time to ready, to stopped), kept in the artifacts folder beside the screenshots.</summary>
    private static void Report(string line) =>
        File.AppendAllText(Path.Combine(Artifacts.Folder, "platform-timings.txt"), $"{DateTimeOffset.Now:O} {line}\n");

    private static string Text(int port) => port.ToString(CultureInfo.InvariantCulture);

    /// <summary>.NET signals only its own children, and only with SIGKILL; Ctrl+C is SIGINT to a process group.</summary>
    [DllImport("libc", EntryPoint = "kill", SetLastError = true)]
    [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
    private static extern int Signal(int pid, int signal);
}
