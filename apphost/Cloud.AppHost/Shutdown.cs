using System.Runtime.InteropServices;

namespace Cloud.AppHost;

/// <summary>
/// Turns SIGINT (Ctrl+C), SIGTERM and SIGHUP into one orderly stop, run once: services first, then the servers in
/// reverse order of registration (RabbitMQ, then PostgreSQL).
/// </summary>
public sealed class Shutdown : IDisposable
{
    private static readonly TimeSpan Grace = TimeSpan.FromSeconds(5);

    private readonly CancellationTokenSource requested = new();
    private readonly List<PosixSignalRegistration> registrations;
    private readonly List<ChildProcess> services = [];
    private readonly List<ScriptedServer> servers = [];
    private readonly Lock gate = new();
    private int stopping;

    public Shutdown()
    {
        // On Unix, SIGINT covers Ctrl+C as well: Console.CancelKeyPress is built on the same registration.
        registrations = [.. new[] { PosixSignal.SIGINT, PosixSignal.SIGTERM, PosixSignal.SIGHUP }
            .Select(signal => PosixSignalRegistration.Create(signal, OnSignal))];
    }

    /// <summary>Cancelled when a stop was asked for.</summary>
    public CancellationToken Token => requested.Token;

    public bool IsStopping => requested.IsCancellationRequested || Volatile.Read(ref stopping) == 1;

    public void Track(ScriptedServer server)
    {
        lock (gate)
        {
            servers.Add(server);
        }
    }

    public void Track(ChildProcess service)
    {
        lock (gate)
        {
            services.Add(service);
        }
    }

    public async Task WaitForSignalAsync()
    {
        try
        {
            await Task.Delay(Timeout.Infinite, Token);
        }
        catch (OperationCanceledException)
        {
            // Asked to stop: the caller stops everything.
        }
    }

    public async Task StopEverythingAsync()
    {
        if (Interlocked.Exchange(ref stopping, 1) == 1)
        {
            return;
        }

        ChildProcess[] children;
        ScriptedServer[] infrastructure;
        lock (gate)
        {
            children = [.. services];
            infrastructure = [.. servers];
        }

        if (children.Any(c => !c.HasExited))
        {
            ConsoleOutput.Info("stopping services");
        }

        await Task.WhenAll(children.Select(c => c.StopAsync(Grace)));
        foreach (var server in infrastructure.Reverse())
        {
            await server.StopAsync();
        }

        foreach (var child in children)
        {
            child.Dispose();
        }

        ConsoleOutput.Info("stopped");
    }

    public void Dispose()
    {
        foreach (var registration in registrations)
        {
            registration.Dispose();
        }

        requested.Dispose();
    }

    private void OnSignal(PosixSignalContext context)
    {
        // We exit ourselves once the children are stopped; the default would end the process at once.
        context.Cancel = true;
        if (IsStopping)
        {
            ConsoleOutput.Info($"{context.Signal}: already stopping, please wait");
            return;
        }

        ConsoleOutput.Info($"{context.Signal}: stopping everything");
        // Asynchronously, so the stop does not run on the signal handler's thread.
        _ = requested.CancelAsync();
    }
}
