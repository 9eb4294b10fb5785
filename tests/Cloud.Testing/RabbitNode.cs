using System.Diagnostics;

namespace Cloud.Testing;

/// <summary>A RabbitMQ node of the test's own, started and stopped through infra/rabbitmq.sh (to test broker outages).</summary>
public sealed class RabbitNode : IAsyncDisposable
{
    // Under infra/test.sh's scratch folder, so test.sh stops the node even if a test crashes.
    private readonly string _dir = Environment.GetEnvironmentVariable("CLOUD_TEST_TMP") is { } scratch
        ? Directory.CreateDirectory(Path.Combine(scratch, $"rabbit-{Guid.NewGuid():N}")).FullName
        : Directory.CreateTempSubdirectory("cloud-rabbit-").FullName;
    private readonly int _port = FreePort.Next();

    public string AmqpUrl => $"amqp://guest:guest@127.0.0.1:{_port}/";

    public Task StartAsync() => RunAsync("start");

    public Task StopAsync() => RunAsync("stop");

    public async ValueTask DisposeAsync()
    {
        await StopAsync();
        Directory.Delete(_dir, recursive: true);
    }

    private async Task RunAsync(string verb)
    {
        var script = Path.Combine(TestEnvironment.RepoRoot, "infra", "rabbitmq.sh");
        using var process = Process.Start(new ProcessStartInfo("bash", [script, verb, _dir, _port.ToString(System.Globalization.CultureInfo.InvariantCulture)])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        })!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"rabbitmq.sh {verb} failed ({process.ExitCode}): {await output}{await error}");
        }
    }
}
