using Cloud.DemoSeed;
using Cloud.ServiceDefaults;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

// Run by the AppHost as its own resource once the gateway is up; exit code 0 when the demo county is seeded.
var builder = Host.CreateApplicationBuilder(args);
builder.ConfigureOpenTelemetry();
builder.Services.Configure<ConsoleLifetimeOptions>(o => o.SuppressStatusMessages = true); // a job, not a server: no "Press Ctrl+C"
using var host = builder.Build();
var logger = host.Services.GetRequiredService<ILoggerFactory>().CreateLogger("Cloud.DemoSeed");
var stopping = host.Services.GetRequiredService<IHostApplicationLifetime>().ApplicationStopping;
await host.StartAsync();
try
{
    var options = DemoSeedOptions.From(builder.Configuration);
    using var http = RateLimitRetry.Client();
    await new DemoSeedRun(http, options, logger).RunAsync(stopping);
    return 0;
}
catch (DemoSeedException e)
{
    logger.LogError("Demo seed failed: {Reason}", e.Message);
    await Console.Error.WriteLineAsync($"demo seed failed: {e.Message}");
    return 1;
}
catch (OperationCanceledException) when (stopping.IsCancellationRequested)
{
    await Console.Error.WriteLineAsync("demo seed stopped before it was done");
    return 1;
}
finally
{
    // Flushes the telemetry exporters before the process ends.
    await host.StopAsync();
}
