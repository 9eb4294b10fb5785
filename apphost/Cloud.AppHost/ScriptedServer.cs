using System.Diagnostics;
using System.Globalization;

namespace Cloud.AppHost;

/// <summary>
/// PostgreSQL or RabbitMQ, run by its script in infra/: <c>bash infra/X.sh start|stop DIR PORT</c>, where start
/// returns once the server is ready and leaves it running.
/// </summary>
public sealed class ScriptedServer(
    string name,
    RepositoryLayout layout,
    string script,
    string dataDirectory,
    int port,
    IReadOnlyDictionary<string, string?> environment)
{
    // Only a guard against a hung script: the scripts time out themselves (pg_ctl and RabbitMQ after 60 s).
    private static readonly TimeSpan StartTimeout = TimeSpan.FromMinutes(5);
    private static readonly TimeSpan StopTimeout = TimeSpan.FromMinutes(1);
    private static readonly TimeSpan Grace = TimeSpan.FromSeconds(5);

    private bool started;

    /// <summary>Checked before anything starts: the script exists, and the port is free or held by our own node from an earlier run.</summary>
    public void EnsureCanStart()
    {
        if (!File.Exists(Path.Combine(layout.Root, script)))
        {
            throw new StartupException($"{script} is missing; it starts {name} (interface: bash {script} start|stop DIR PORT)");
        }

        if (PortOwner.Find(port) is not { } owner)
        {
            return;
        }

        if (!owner.Mentions(dataDirectory))
        {
            throw new StartupException(
                $"{name} cannot start: {owner}. Stop that process or choose another port in apphost/Cloud.AppHost/appsettings.json.");
        }

        // The scripts' start is idempotent: it reuses a node of ours that an earlier run left behind.
        ConsoleOutput.Info($"{name} from an earlier run (pid {owner.Pid}) still listens on {port}: reusing it");
    }

    /// <summary>Not cancellable: a half-run start script leaves a half-started server, so we let it finish, then stop it.</summary>
    public async Task StartAsync()
    {
        ConsoleOutput.Info($"starting {name} on 127.0.0.1:{port} (data in {dataDirectory})");
        var clock = Stopwatch.StartNew();
        started = true;
        var code = await RunAsync("start", StartTimeout);
        if (code != 0)
        {
            throw new StartupException($"bash {script} start exited with code {code}; its output is above under [{name}]");
        }

        if (!await TcpProbe.AcceptsAsync(port))
        {
            throw new StartupException($"bash {script} start reported success, but nothing accepts connections on 127.0.0.1:{port}");
        }

        ConsoleOutput.Info($"{name} is ready ({clock.Elapsed.TotalSeconds:0.0} s)");
    }

    /// <summary>Stops the server if we tried to start it; never throws, because the other servers must still be stopped.</summary>
    public async Task StopAsync()
    {
        if (!started)
        {
            return;
        }

        started = false;
        ConsoleOutput.Info($"stopping {name}");
        try
        {
            var code = await RunAsync("stop", StopTimeout);
            if (code != 0)
            {
                ConsoleOutput.Error($"bash {script} stop exited with code {code}; its output is above under [{name}]");
            }
        }
        catch (StartupException e)
        {
            ConsoleOutput.Error(e.Message);
        }
    }

    private async Task<int> RunAsync(string verb, TimeSpan timeout)
    {
        using var child = ChildProcess.Start(
            name, "bash", [script, verb, dataDirectory, port.ToString(CultureInfo.InvariantCulture)], layout.Root, environment);
        try
        {
            return await child.WaitAsync(timeout);
        }
        catch (TimeoutException)
        {
            await child.StopAsync(Grace);
            throw new StartupException($"bash {script} {verb} did not finish within {timeout.TotalMinutes:0} min");
        }
    }
}
