using System.Diagnostics;
using System.Text;

namespace Cloud.AppHost;

/// <summary>A process we started: its output goes to the console under its name, and it is ours to stop.</summary>
public sealed class ChildProcess : IDisposable
{
    private const int TailLength = 200;
    private static readonly TimeSpan OutputDrainTime = TimeSpan.FromSeconds(1);

    private readonly Process process;
    private readonly TaskCompletionSource<int> exit = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly Queue<string> tail = new();
    private Task output = Task.CompletedTask;

    private ChildProcess(string name, Process process)
    {
        Name = name;
        this.process = process;
    }

    public string Name { get; }

    public int Id { get; private set; }

    public bool HasExited => exit.Task.IsCompleted;

    public Task<int> Exited => exit.Task;

    /// <summary>The last lines it wrote, to repeat in a failure message.</summary>
    public IReadOnlyList<string> Tail
    {
        get
        {
            lock (tail)
            {
                return [.. tail];
            }
        }
    }

    /// <summary>Starts <paramref name="program"/>; a null value in <paramref name="environment"/> removes that variable.</summary>
    public static ChildProcess Start(
        string name,
        string program,
        IEnumerable<string> arguments,
        string workingDirectory,
        IReadOnlyDictionary<string, string?> environment)
    {
        // setsid gives the child its own session: the terminal's Ctrl+C reaches only us, so we can stop the children
        // in order (services, then RabbitMQ, then PostgreSQL), and a signal to the group reaches whatever it started.
        var info = new ProcessStartInfo("setsid")
        {
            WorkingDirectory = workingDirectory,
            UseShellExecute = false,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            // Kept open and never written: the child must not read our terminal, and must not see end-of-input.
            RedirectStandardInput = true,
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
        };
        info.ArgumentList.Add(program);
        foreach (var argument in arguments)
        {
            info.ArgumentList.Add(argument);
        }

        foreach (var (key, value) in environment)
        {
            if (value is null)
            {
                info.Environment.Remove(key);
            }
            else
            {
                info.Environment[key] = value;
            }
        }

        var process = new Process { StartInfo = info, EnableRaisingEvents = true };
        var child = new ChildProcess(name, process);
        process.Exited += (_, _) => child.exit.TrySetResult(process.ExitCode);
        try
        {
            process.Start();
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            process.Dispose();
            throw new StartupException($"could not start {program} for {name}: {e.Message}", e);
        }

        child.Id = process.Id;
        child.output = Task.WhenAll(child.PumpAsync(process.StandardOutput), child.PumpAsync(process.StandardError));
        return child;
    }

    /// <summary>Waits for the exit and for the last lines of output.</summary>
    public async Task<int> WaitAsync(TimeSpan timeout, CancellationToken cancellationToken = default)
    {
        var code = await exit.Task.WaitAsync(timeout, cancellationToken);
        await DrainOutputAsync();
        return code;
    }

    /// <summary>SIGTERM to its process group, then after <paramref name="grace"/> a kill of its whole tree.</summary>
    public async Task StopAsync(TimeSpan grace)
    {
        if (HasExited)
        {
            return;
        }

        // setsid made it a group leader, so -Id is its group; fall back to the process alone.
        var signalled = NativeMethods.Kill(-Id, NativeMethods.SigTerm) == 0 || NativeMethods.Kill(Id, NativeMethods.SigTerm) == 0;
        if (await ExitsWithinAsync(signalled ? grace : TimeSpan.Zero))
        {
            await DrainOutputAsync();
            return;
        }

        ConsoleOutput.Info($"{Name} (pid {Id}) did not stop within {grace.TotalSeconds:0} s of SIGTERM; killing it");
        try
        {
            process.Kill(entireProcessTree: true);
        }
        catch (InvalidOperationException)
        {
            // It exited between the check and the kill.
        }

        if (!await ExitsWithinAsync(grace))
        {
            ConsoleOutput.Error($"{Name} (pid {Id}) is still running after SIGKILL");
        }
    }

    public void Dispose() => process.Dispose();

    private async Task<bool> ExitsWithinAsync(TimeSpan time)
    {
        try
        {
            await exit.Task.WaitAsync(time);
            return true;
        }
        catch (TimeoutException)
        {
            return false;
        }
    }

    /// <summary>A server a script left running may keep the pipe open forever, so the wait for the end of output is short.</summary>
    private async Task DrainOutputAsync()
    {
        try
        {
            await output.WaitAsync(OutputDrainTime);
        }
        catch (TimeoutException)
        {
            // Someone still holds the pipe; its lines keep arriving under our name.
        }
    }

    private async Task PumpAsync(StreamReader reader)
    {
        try
        {
            while (await reader.ReadLineAsync() is { } line)
            {
                ConsoleOutput.Line(Name, line);
                lock (tail)
                {
                    tail.Enqueue(line);
                    if (tail.Count > TailLength)
                    {
                        tail.Dequeue();
                    }
                }
            }
        }
        catch (Exception e) when (e is IOException or ObjectDisposedException)
        {
            // Disposed while a leftover holder of the pipe was still writing: nothing more to show.
        }
    }
}
