using System.Diagnostics;
using System.Globalization;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Cloud.AppHost;

/// <summary>Once the demo seed has finished: where everything is, in one block at the end of the console.</summary>
public sealed class ReadyBanner(
    ResourceNotificationService notifications,
    CloudSettings settings,
    DashboardAccess dashboard,
    ILogger<ReadyBanner> logger) : BackgroundService
{
    public const string SeedResource = "demo-seed";

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var seed = await notifications.WaitForResourceAsync(SeedResource, e => KnownResourceStates.TerminalStates.Contains(e.Snapshot.State?.Text), stoppingToken);
        var elapsed = DateTime.Now - Process.GetCurrentProcess().StartTime;
        var gateway = settings.GatewayOrigin;
        var outcome = seed.Snapshot.ExitCode is 0
            ? "Cloud is ready"
            : $"Cloud is up, but the demo seed failed (exit code {seed.Snapshot.ExitCode}; its console log is in the dashboard)";
        logger.LogInformation(
            """
            {Outcome} ({Elapsed} s). Ctrl+C stops everything.
              gateway:    {Gateway}
              sign in:    {Gateway}/account/login   (区县代码 610304, 用户名 admin; passwords in {Passwords})
              dashboard:  {DashboardLogin}
              token:      {TokenFile} (the county admin's, 15 minutes)
            """,
            outcome,
            elapsed.TotalSeconds.ToString("0.0", CultureInfo.InvariantCulture),
            gateway,
            gateway,
            settings.DataPath("passwords"),
            dashboard.LoginUrl,
            settings.DataPath("demo-token"));
    }
}
